/// Remembers each pane's filtered and sorted order between keys and frames, so that moving the
/// cursor through a sorted list of thousands never sorts it again: the order is recomputed only when
/// the snapshot's revision, the pane's scope, filter or sort change.
public final class ArrangementCache {
    struct Key: Hashable {
        var scope: String
        var revision: UInt64
        var count: Int
        var filter: String?
        var sort: SortOrder?
    }

    private var entries: [Pane: (key: Key, order: [Int]?)] = [:]
    /// How many orders were computed rather than reused (for tests and the benchmark).
    public private(set) var computations = 0

    public init() {}

    func order(for pane: Pane, key: Key, compute: () -> [Int]?) -> [Int]? {
        if let entry = entries[pane], entry.key == key { return entry.order }
        let order = compute()
        computations += 1
        entries[pane] = (key, order)
        return order
    }
}
