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
    /// `:speed X`; a key bound to it opens the command line with `speed` typed.
    case setSpeed
    /// A new deployment of a service (`:deploy`, `:redeploy`); a key bound to it opens the command line
    /// with `deploy` typed.
    case deploy
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

    /// What an action does beyond the screen. Read by `ActionGate` (the refusals), the footer and the help.
    public struct Traits: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Sends a command that changes the cluster: refused and hidden in read-only mode.
        public static let changesCluster = Traits(rawValue: 1 << 0)
        /// Asks `y` before anything is sent; the help marks it "(confirms)".
        public static let confirms = Traits(rawValue: 1 << 1)
        /// Time control and faults: only the simulation has them.
        public static let simulationOnly = Traits(rawValue: 1 << 2)
        /// Reading again: the simulation is always current.
        public static let endpointOnly = Traits(rawValue: 1 << 3)
    }

    public var scope: Scope { declaration.scope }
    public var traits: Traits { declaration.traits }

    /// Where each action applies and what it does beyond the screen, declared once per action and
    /// without a default, so a new action cannot leave out its traits.
    private var declaration: (scope: Scope, traits: Traits) {
        switch self {
        case .moveSelection: (.everywhere, [])
        case .focusNext, .focusPrevious, .focus: (.lists, [])
        case .drillIn: (.lists, [])
        case .back, .historyBack, .historyForward: (.everywhere, [])
        case .scaleService: (.lists, [.changesCluster])
        case .setDesiredCount: (.lists, [.changesCluster])
        case .killTask: (.lists, [.changesCluster, .confirms])
        case .drainInstance: (.lists, [.changesCluster, .confirms])
        case .activateInstance: (.lists, [.changesCluster])
        case .deploy: (.lists, [.changesCluster])
        case .openFaultMenu: (.lists, [.changesCluster, .simulationOnly])
        case .describe, .showLogs, .showDetail: (.everywhere, [])
        case .find: (.everywhere, [])
        case .findNext, .findPrevious: (.views, [])
        case .sortByNextColumn, .reverseSort: (.lists, [])
        case .toggleMark: (.lists, [])
        case .toggleWrap: (.views, [])
        case .toggleFollow, .toggleTimestamps: (.logs, [])
        case .togglePause: (.everywhere, [.simulationOnly])
        case .stepEvent: (.everywhere, [.simulationOnly])
        case .slower, .faster, .setSpeed: (.everywhere, [.simulationOnly])
        case .toggleHelp, .openCommandLine: (.everywhere, [])
        case .refresh: (.everywhere, [.endpointOnly])
        case .quit: (.everywhere, [])
        }
    }

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
        case .setSpeed: "set-speed"
        case .deploy: "deploy"
        case .toggleHelp: "help"
        case .openCommandLine: "command-line"
        case .refresh: "refresh"
        case .quit: "quit"
        }
    }
}
