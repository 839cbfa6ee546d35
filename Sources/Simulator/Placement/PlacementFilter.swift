/// The feasibility filters, listed once, in the order ECS applies them: an instance that fails one is
/// out, and when nothing fits, ECS names the first filter the closest instance failed (RunTask's
/// `failures[].reason`, the service event's "closest matching" sentence). Choosing and explaining both
/// read this list through `PlacementCandidates.admits(_:by:)`.
enum PlacementFilter: Int, CaseIterable {
    /// The instance is ACTIVE and its agent connected.
    case agent
    case cpu
    case memory
    /// The task's static host ports are free on the instance (read from the instance's port set, not
    /// its compact slot: choosing runs it last).
    case ports
    /// An awsvpc task needs a free network interface.
    case enis
    /// The instance satisfies every memberOf constraint.
    case memberOf
    /// No task of the group runs there yet.
    case distinctInstance

    /// The reason ECS gives for an instance this filter rejects (RunTask's `failures[].reason`).
    var reason: String {
        switch self {
        case .agent: "AGENT"
        case .cpu: "RESOURCE:CPU"
        case .memory: "RESOURCE:MEMORY"
        case .ports: "RESOURCE:PORTS"
        case .enis: "RESOURCE:ENI"
        case .memberOf: "MemberOf placement constraint unsatisfied."
        case .distinctInstance: "DistinctInstance placement constraint unsatisfied."
        }
    }
}
