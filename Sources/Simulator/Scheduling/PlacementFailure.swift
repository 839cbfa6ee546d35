/// Why a task could not be placed, as ECS explains it in the service's events.
enum PlacementFailure: Equatable {
    /// No ACTIVE, connected instance at all.
    case noContainerInstances
    /// The instance that passed the most filters, and the first filter it failed.
    case closestMatch(instanceID: String, Shortfall)

    enum Shortfall: Equatable { case cpu, memory, ports }

    /// The sentence after "(service x) was unable to place a task because …".
    var explanation: String {
        switch self {
        case .noContainerInstances:
            return "Reason: No Container Instances were found in your cluster."
        case .closestMatch(let id, let shortfall):
            let what = switch shortfall {
            case .cpu: "has insufficient CPU units available."
            case .memory: "has insufficient memory available."
            case .ports: "is already using a port required by your task."
            }
            return "The closest matching (container-instance \(id)) \(what)"
        }
    }
}
