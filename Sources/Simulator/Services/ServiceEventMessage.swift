/// Service event texts in ECS's exact wording.
enum ServiceEventMessage {
    static func started(service: String, taskIDs: [String]) -> String {
        "(service \(service)) has started \(taskIDs.count) tasks: \(taskList(taskIDs))."
    }

    static func stopped(service: String, taskIDs: [String]) -> String {
        "(service \(service)) has stopped \(taskIDs.count) running tasks: \(taskList(taskIDs))."
    }

    static func steadyState(service: String) -> String { "(service \(service)) has reached a steady state." }

    static func deploymentCompleted(service: String, deploymentID: String) -> String {
        "(service \(service)) (deployment \(deploymentID)) deployment completed."
    }

    static func unableToPlace(service: String, _ failure: PlacementFailure) -> String {
        "(service \(service)) was unable to place a task because no container instance met all of its requirements. "
            + failure.explanation
    }

    static func blockedByDeploymentConfiguration(service: String) -> String {
        "(service \(service)) was unable to stop or start tasks during a deployment because of the service "
            + "deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."
    }

    private static func taskList(_ ids: [String]) -> String { ids.map { "(task \($0))" }.joined(separator: " ") }
}
