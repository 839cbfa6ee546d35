/// Service event texts of deployments, load balancing and throttling, in ECS's exact wording (target
/// events have no trailing period in ECS either).
extension ServiceEventMessage {
    static func registeredTargets(service: String, count: Int, targetGroupARN: String) -> String {
        "(service \(service)) registered \(count) targets in (target-group \(targetGroupARN))"
    }

    static func deregisteredTargets(service: String, count: Int, targetGroupARN: String) -> String {
        "(service \(service)) deregistered \(count) targets in (target-group \(targetGroupARN))"
    }

    static func drainingConnections(service: String, taskCount: Int) -> String {
        "(service \(service)) has begun draining connections on \(taskCount) tasks."
    }

    static func unhealthyTarget(service: String, taskID: String, port: Int, targetGroupARN: String) -> String {
        "(service \(service)) (task \(taskID)) (port \(port)) is unhealthy in (target-group \(targetGroupARN)) due to "
            + "(reason Health checks failed with these codes: [503])."
    }

    static func failedContainerHealthChecks(service: String, taskID: String) -> String {
        "(service \(service)) (task \(taskID)) failed container health checks."
    }

    static func deploymentFailed(service: String, deploymentID: String) -> String {
        "(service \(service)) (deployment \(deploymentID)) deployment failed: tasks failed to start."
    }

    static func rollingBack(service: String, deploymentID: String) -> String {
        "(service \(service)) rolling back to deployment \(deploymentID)."
    }

    static func unableToStartConsistently(service: String) -> String {
        "(service \(service)) is unable to consistently start tasks successfully."
    }
}
