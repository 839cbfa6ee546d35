/// A full-screen view opened over the panes, as k9s opens describe and logs: what it shows and of what.
public enum Route: Hashable, Sendable {
    /// The fields describe-* returns, as JSON.
    case describe(Subject)
    /// Container log lines of a task, or of every task of a service.
    case logs(Subject)
    /// Cluster overview, service detail or instance detail.
    case detail(Subject)

    public var subject: Subject {
        switch self {
        case .describe(let subject), .logs(let subject), .detail(let subject): subject
        }
    }

    /// The view's name in breadcrumbs.
    public var name: String {
        switch self {
        case .describe: "describe"
        case .logs: "logs"
        case .detail(.cluster): "overview"
        case .detail: "detail"
        }
    }

    public var isLogs: Bool {
        if case .logs = self { true } else { false }
    }
}

extension Route {
    /// The view that `action` (describe, logs or detail) opens for `subject`: nil for the logs of a
    /// cluster or an instance (logs belong to tasks); a task's detail is its describe.
    public init?(_ action: Action, subject: Subject) {
        switch action {
        case .describe:
            self = .describe(subject)
        case .showLogs:
            switch subject {
            case .task, .service: self = .logs(subject)
            case .cluster, .instance: return nil
            }
        case .showDetail:
            if case .task = subject { self = .describe(subject) } else { self = .detail(subject) }
        default:
            return nil
        }
    }
}
