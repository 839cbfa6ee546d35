/// What a key means, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveSelection(Movement)
    case focusNext, focusPrevious
    case focus(Pane)
    case drillIn, back
    case scaleService(by: Int)
    case setDesiredCount
    case killTask
    case drainInstance
    case activateInstance
    case openFaultMenu
    case togglePause
    case slower, faster
    case toggleHelp
    case openCommandLine
    case quit

    public enum Movement: Hashable, Sendable {
        case up, down, pageUp, pageDown, top, bottom
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
        case .togglePause, .slower, .faster, .openFaultMenu: true
        default: false
        }
    }
}
