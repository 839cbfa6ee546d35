/// What a key means, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveSelection(Movement)
    case focusNext, focusPrevious
    case focus(Pane)
    case drillIn, back
    /// `[` and `]`: the previous and next view, as in k9s.
    case historyBack, historyForward
    case scaleService(by: Int)
    case setDesiredCount
    case killTask
    case drainInstance
    case activateInstance
    case openFaultMenu
    /// Full-screen views of the selection.
    case describe, showLogs, showDetail
    /// `/`: filter the focused pane, or search the open view.
    case find
    case findNext, findPrevious
    /// Sort the focused pane by the next column; reverse the order.
    case sortByNextColumn, reverseSort
    /// Mark or unmark the selected row for a bulk kill or drain.
    case toggleMark
    case toggleFollow, toggleWrap, toggleTimestamps
    case togglePause
    /// Run the simulation to its next event (while paused).
    case stepEvent
    case slower, faster
    case toggleHelp
    case openCommandLine
    /// Read a real endpoint again now instead of at the next refresh.
    case refresh
    case quit

    public enum Movement: Hashable, Sendable {
        case up, down, pageUp, pageDown, top, bottom
    }

    /// Where a binding applies; the help groups bindings by it and the footer shows only what applies.
    public enum Scope: Int, CaseIterable, Hashable, Sendable {
        case everywhere, lists, views, logs

        public var title: String {
            switch self {
            case .everywhere: "Everywhere"
            case .lists: "In the panes"
            case .views: "In describe, logs and detail views"
            case .logs: "In logs"
            }
        }
    }

    public var scope: Scope {
        switch self {
        case .focusNext, .focusPrevious, .focus, .drillIn, .scaleService, .setDesiredCount, .killTask, .drainInstance,
             .activateInstance, .openFaultMenu, .sortByNextColumn, .reverseSort, .toggleMark:
            .lists
        case .findNext, .findPrevious, .toggleWrap: .views
        case .toggleFollow, .toggleTimestamps: .logs
        default: .everywhere
        }
    }

    /// Changes the cluster (refused in read-only mode).
    public var changesCluster: Bool {
        switch self {
        case .scaleService, .setDesiredCount, .killTask, .drainInstance, .activateInstance, .openFaultMenu: true
        default: false
        }
    }

    /// Asks for confirmation before anything happens.
    public var isDangerous: Bool {
        switch self {
        case .killTask, .drainInstance: true
        default: false
        }
    }

    /// Only meaningful on the simulator (time control).
    public var isSimulationOnly: Bool {
        switch self {
        case .togglePause, .stepEvent, .slower, .faster, .openFaultMenu: true
        default: false
        }
    }

    /// Only meaningful on a real endpoint (the simulation is always current).
    public var isEndpointOnly: Bool { self == .refresh }

    /// The action's name in a key bindings file (`keys.yaml`).
    public var name: String {
        switch self {
        case .moveSelection(let movement):
            switch movement {
            case .up: "move-up"
            case .down: "move-down"
            case .pageUp: "page-up"
            case .pageDown: "page-down"
            case .top: "first-row"
            case .bottom: "last-row"
            }
        case .focusNext: "next-pane"
        case .focusPrevious: "previous-pane"
        case .focus(let pane): "pane-\(pane.title.lowercased())"
        case .drillIn: "drill-in"
        case .back: "back"
        case .historyBack: "history-back"
        case .historyForward: "history-forward"
        case .scaleService(let delta): delta > 0 ? "scale-up" : "scale-down"
        case .setDesiredCount: "set-desired-count"
        case .killTask: "kill-task"
        case .drainInstance: "drain-instance"
        case .activateInstance: "activate-instance"
        case .openFaultMenu: "fault-menu"
        case .describe: "describe"
        case .showLogs: "logs"
        case .showDetail: "detail"
        case .find: "find"
        case .findNext: "find-next"
        case .findPrevious: "find-previous"
        case .sortByNextColumn: "sort-next-column"
        case .reverseSort: "sort-reverse"
        case .toggleMark: "mark"
        case .toggleFollow: "follow"
        case .toggleWrap: "wrap"
        case .toggleTimestamps: "timestamps"
        case .togglePause: "pause"
        case .stepEvent: "step"
        case .slower: "slower"
        case .faster: "faster"
        case .toggleHelp: "help"
        case .openCommandLine: "command-line"
        case .refresh: "refresh"
        case .quit: "quit"
        }
    }
}
