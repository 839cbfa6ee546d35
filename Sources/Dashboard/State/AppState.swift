/// Everything the dashboard remembers between frames: focus, selections, overlays, status.
public struct AppState: Sendable {
    public var glyphs: Glyphs
    public var readOnly: Bool
    public var isFinished = false
    public var focus: Pane = .services
    public var selections: [Pane: PaneSelection] = [:]
    public var taskScope: TaskScope = .service
    public var overlay: Overlay?
    public var status: StatusMessage?
    /// Last screen size the dashboard was told of, for paging and keeping the cursor in view.
    public var screenWidth = 120
    public var screenHeight = 36
    /// Typed `:` commands, oldest first.
    public var commandHistory: [String] = []
    /// Where ↑ and ↓ are in the history while the command line is open; nil: past the newest.
    public var historyCursor: Int?
    /// Full-screen views open over the panes (describe, logs, detail) and the `[` `]` history.
    public var navigation = Navigation()
    /// The newest log lines of what the logs view shows, fetched each frame by `Dashboard.refreshLogs`.
    public var logLines: [LogLine] = []
    /// Each pane's filter as typed (`web`, `!STOPPED`); panes without one list everything.
    public var filters: [Pane: String] = [:]
    /// Each pane's sort order, remembered while the user moves between panes.
    public var sorts: [Pane: SortOrder] = [:]
    /// Rows marked with `v` for a bulk kill or drain, by row id, per pane.
    public var marks: [Pane: Set<String>] = [:]

    public init(glyphs: Glyphs, readOnly: Bool) {
        self.glyphs = glyphs
        self.readOnly = readOnly
    }

    public func selection(of pane: Pane) -> PaneSelection { selections[pane] ?? PaneSelection() }

    /// Opens a view over the panes; the lines of a logs view left behind go with it.
    public mutating func open(_ route: Route) {
        navigation.open(route)
        logLines = []
    }

    /// The view on screen, if one is open over the panes.
    public var openView: ViewEntry? { navigation.top }
}

/// How a pane is sorted: by which of its columns (by title), which way.
public struct SortOrder: Hashable, Sendable {
    public var column: String
    public var ascending: Bool

    public init(column: String, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}

/// What the Tasks pane lists: the selected service's tasks, or the tasks on the selected instance.
public enum TaskScope: Hashable, Sendable {
    case service, instance
}

/// A log line with the task that wrote it (a service's logs interleave its tasks).
public struct LogLine: Hashable, Sendable {
    public var taskID: String
    public var event: LogEvent

    public init(taskID: String, event: LogEvent) {
        self.taskID = taskID
        self.event = event
    }
}
