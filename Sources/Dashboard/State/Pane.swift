/// The dashboard's panes, in Tab order; `1`–`5` jump to them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case clusters, services, tasks, instances, events

    public var title: String {
        switch self {
        case .clusters: "Clusters"
        case .services: "Services"
        case .tasks: "Tasks"
        case .instances: "Instances"
        case .events: "Events"
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
