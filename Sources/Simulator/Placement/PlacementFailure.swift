/// Why a task could not be placed, as ECS explains it in the service's events and in RunTask's failures.
enum PlacementFailure: Equatable {
    /// No ACTIVE instance at all.
    case noContainerInstances
    /// The instance that passed the most filters, and the first filter it failed.
    case closestMatch(instanceID: String, PlacementFilter)

    /// The sentence after "(service x) was unable to place a task because …".
    var explanation: String {
        switch self {
        case .noContainerInstances:
            return "Reason: No Container Instances were found in your cluster."
        case .closestMatch(let id, let filter):
            let what = switch filter {
            case .cpu: "has insufficient CPU units available."
            case .memory: "has insufficient memory available."
            case .ports: "is already using a port required by your task."
            // ECS words the remaining ones as the error code the instance "encountered", the reason
            // quoted with its own trailing period where it has one.
            case .agent, .enis, .memberOf, .distinctInstance: "encountered error \"\(filter.reason)\"."
            }
            return "The closest matching (container-instance \(id)) \(what)"
        }
    }
}
