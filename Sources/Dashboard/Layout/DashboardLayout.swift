/// Where everything goes on a screen of a given size. The reducer uses it too, to page by a pane's
/// visible rows, so both agree on sizes.
public struct DashboardLayout: Hashable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public let header: Rect
    public let footer: Rect
    /// Between header and footer: where an open view goes.
    public let body: Rect
    public let panes: [Pane: Rect]
    public let isTooSmall: Bool

    /// `topRows` is how many rows the Clusters and Services panes have: the top band is no taller than
    /// they need, and what it leaves goes to tasks, instances and events.
    public init(width: Int, height: Int, topRows: Int = .max) {
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        self.body = body
        // The top band takes what its rows need, up to two fifths; events take two fifths of the rest.
        let topHeight = min(max(5, topRows.saturatingAdd(3)), max(5, body.height * 2 / 5))
        let (top, rest) = body.splitTop(topHeight)
        // The middle band keeps at least 6 rows (3 of tasks) before events take their share.
        let (middle, events) = rest.splitTop(max(min(6, rest.height), rest.height - max(5, rest.height * 2 / 5)))
        let (clusters, services) = top.splitLeft(min(34, max(22, width / 4)))
        let (tasks, instances) = middle.splitLeft(width >= 100 ? width * 11 / 20 : width / 2)
        panes = [.clusters: clusters, .services: services, .tasks: tasks, .instances: instances, .events: events]
    }

    /// Table rows that fit in a pane: its height less the border and the column titles.
    public func visibleRows(in pane: Pane) -> Int { max(1, (panes[pane]?.height ?? 0) - 3) }

    /// Text rows and columns inside an open view's frame.
    public var viewRows: Int { max(1, body.height - 2) }
    public var viewColumns: Int { max(1, body.width - 3) }
}

extension Int {
    fileprivate func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
