/// Which lines of a document show in a view of `rows` rows and `width` columns: the reducer scrolls
/// with it and the view draws with it, so both agree on where the bottom is.
struct DocumentViewport {
    let document: Document
    let rows: Int
    let width: Int
    let wrap: Bool

    /// The largest first line that still fills the view: where `G` and follow mode go.
    var bottomOffset: Int {
        let lines = document.lines
        guard wrap else { return max(0, lines.count - rows) }
        var used = 0
        var first = lines.count
        while first > 0 {
            let height = lines[first - 1].rowCount(width: width, wrap: true)
            if used + height > rows { break }
            used += height
            first -= 1
        }
        return min(first, max(0, lines.count - 1))
    }

    /// The first line to show for `entry`: its offset kept within the document, or the bottom when
    /// following.
    func offset(for entry: ViewEntry) -> Int {
        if entry.route.isLogs, entry.follow { return bottomOffset }
        return min(max(0, entry.offset), bottomOffset)
    }
}
