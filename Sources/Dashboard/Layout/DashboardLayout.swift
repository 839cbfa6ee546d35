/// Where everything goes on a screen of a given size. The reducer uses it too, to page by a pane's
/// visible rows, so both agree on sizes.
///
/// Wide terminals put the panes side by side (clusters and services over tasks and instances, events
/// below); tall narrow ones stack them; small ones show the focused pane alone under a row of tabs.
public struct DashboardLayout: Hashable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    /// From this width (and `minimumGridHeight`) panes go side by side.
    public static let minimumGridWidth = 100
    public static let minimumGridHeight = 24
    /// Narrower than the grid, but this tall: panes stacked one above the other.
    public static let minimumStackedHeight = 40

    public enum Mode: Hashable, Sendable { case grid, stacked, tabs }

    public let mode: Mode
    public let header: Rect
    public let footer: Rect
    /// Between header and footer: where an open view goes.
    public let body: Rect
    /// The panes on screen (in tabs mode only the focused one).
    public let panes: [Pane: Rect]
    /// The row of pane tabs in tabs mode.
    public let tabBar: Rect?
    public let isTooSmall: Bool

    /// `topRows` is how many rows the Clusters and Services panes have: the top band is no taller than
    /// they need, and what it leaves goes to tasks, instances and events. `focus` is the pane a small
    /// screen shows.
    public init(width: Int, height: Int, topRows: Int = .max, focus: Pane = .services) {
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        self.body = body
        if width >= Self.minimumGridWidth, height >= Self.minimumGridHeight {
            mode = .grid
            panes = Self.grid(body, width: width, topRows: topRows)
            tabBar = nil
        } else if height >= Self.minimumStackedHeight {
            mode = .stacked
            panes = Self.stacked(body, topRows: topRows)
            tabBar = nil
        } else {
            mode = .tabs
            let (bar, pane) = body.splitTop(1)
            tabBar = bar
            panes = [focus: pane]
        }
    }

    private static func grid(_ body: Rect, width: Int, topRows: Int) -> [Pane: Rect] {
        // The top band takes what its rows need, up to two fifths; events take two fifths of the rest.
        let topHeight = min(max(5, topRows.saturatingAdd(3)), max(5, body.height * 2 / 5))
        let (top, rest) = body.splitTop(topHeight)
        // The middle band keeps at least 6 rows (3 of tasks) before events take their share.
        let (middle, events) = rest.splitTop(max(min(6, rest.height), rest.height - max(5, rest.height * 2 / 5)))
        let (clusters, services) = top.splitLeft(min(34, max(22, width / 4)))
        let (tasks, instances) = middle.splitLeft(width * 11 / 20)
        return [.clusters: clusters, .services: services, .tasks: tasks, .instances: instances, .events: events]
    }

    /// Clusters and services as tall as their rows (within limits), the rest shared by tasks,
    /// instances and events.
    private static func stacked(_ body: Rect, topRows: Int) -> [Pane: Rect] {
        let listHeight = min(max(4, topRows.saturatingAdd(3)), body.height / 5)
        let (clusters, rest) = body.splitTop(min(listHeight, 6))
        let (services, lower) = rest.splitTop(listHeight)
        let share = lower.height / 3
        let (tasks, rest2) = lower.splitTop(share + lower.height % 3)
        let (instances, events) = rest2.splitTop(share)
        return [.clusters: clusters, .services: services, .tasks: tasks, .instances: instances, .events: events]
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
