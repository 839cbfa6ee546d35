/// The deployment circuit breaker: a rolling deployment whose failed tasks reach the threshold fails, and
/// with rollback the last deployment that completed is deployed again.
///
/// Counted as failed tasks of the deployment while it is IN_PROGRESS: tasks that stop before RUNNING
/// (`TaskFailedToStart`), essential containers that exit (`-crashloop`, crashes), and tasks replaced for
/// failing ELB or container health checks. Simplified: the count never resets on a healthy task.
extension Simulator {
    /// Trips the breaker of the PRIMARY deployment when it has failed enough tasks. Returns true when it
    /// tripped (and maybe started a rollback).
    @discardableResult
    func checkCircuitBreaker(_ key: ServiceKey) -> Bool {
        // Most services have no breaker: decide that without copying the service.
        guard self[service: key].service.deploymentConfiguration.deploymentCircuitBreaker.enable
        else { return false }
        let service = self[service: key].service
        let breaker = service.deploymentConfiguration.deploymentCircuitBreaker
        guard breaker.enable, let d = service.deployments.firstIndex(where: { $0.status == .primary }) else { return false }
        let deployment = service.deployments[d]
        guard deployment.rolloutState == .inProgress,
              deployment.failedTasks >= DeploymentCircuitBreaker.threshold(desired: service.desiredCount)
        else { return false }
        self[service: key].service.deployments[d].rolloutState = .failed
        self[service: key].service.deployments[d].rolloutStateReason =
            "ECS deployment circuit breaker: tasks failed to start."
        self[service: key].service.deployments[d].updatedAt = date(now)
        appendEvent(key, ServiceEventMessage.deploymentFailed(service: service.name, deploymentID: deployment.id))

        let rollout = self[state: key].rollout
        guard breaker.rollback, let completed = rollout.lastCompleted,
              let definition = resolveTaskDefinition(completed.taskDefinitionARN) else { return true }
        appendEvent(key, ServiceEventMessage.rollingBack(service: service.name, deploymentID: completed.id))
        startDeployment(
            key, of: definition,
            reason: "ECS deployment circuit breaker: rolling back to deploymentId \(completed.id).")
        return true
    }
}
