/// Where a pane's cursor is. The id keeps the selection on the same row while rows come and go; the
/// index is where to land when that row disappears; the offset is the first row shown.
public struct PaneSelection: Hashable, Sendable {
    public var id: String?
    public var index = 0
    public var offset = 0

    public init(id: String? = nil, index: Int = 0, offset: Int = 0) {
        self.id = id
        self.index = index
        self.offset = offset
    }

    /// The selected row among `count` rows, given the current ids.
    public func resolvedIndex(count: Int, indexOf: (String) -> Int?) -> Int? {
        guard count > 0 else { return nil }
        if let id, let found = indexOf(id) { return found }
        return min(max(0, index), count - 1)
    }

    /// The first visible row so that `selected` shows in a viewport of `rows` rows.
    public func visibleOffset(selected: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var first = offset
        if selected < first { first = selected }
        if selected >= first + rows { first = selected - rows + 1 }
        return max(0, min(first, max(0, count - rows)))
    }
}
