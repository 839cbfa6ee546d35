/// The deployment circuit breaker: a rolling deployment whose failed tasks reach the threshold fails, and
/// with rollback the last deployment that completed is deployed again.
///
/// Counted as failed tasks of the deployment while it is IN_PROGRESS: tasks that stop before RUNNING
/// (`TaskFailedToStart`), essential containers that exit (`-crashloop`, crashes), and tasks replaced for
/// failing ELB or container health checks. Simplified: the count never resets on a healthy task.
extension Simulator {
    /// Fails the PRIMARY deployment when `deployments` says the breaker trips, and starts the rollback it
    /// names. Returns true when it tripped.
    @discardableResult
    func checkCircuitBreaker(_ key: ServiceKey) -> Bool {
        // Most services have no breaker: decide that without copying the service.
        guard self[service: key].service.deploymentConfiguration.deploymentCircuitBreaker.enable
        else { return false }
        let service = self[service: key].service
        guard let trip = deployments.breakerTrip(key, service: service) else { return false }
        let deploymentID = service.deployments[trip.deployment].id
        self[service: key].service.deployments[trip.deployment].rolloutState = .failed
        self[service: key].service.deployments[trip.deployment].rolloutStateReason =
            "ECS deployment circuit breaker: tasks failed to start."
        self[service: key].service.deployments[trip.deployment].updatedAt = date(now)
        appendEvent(key, ServiceEventMessage.deploymentFailed(service: service.name, deploymentID: deploymentID))

        guard let completed = trip.rollback,
              let definition = resolveTaskDefinition(completed.taskDefinitionARN) else { return true }
        appendEvent(key, ServiceEventMessage.rollingBack(service: service.name, deploymentID: completed.id))
        startDeployment(
            key, of: definition,
            reason: "ECS deployment circuit breaker: rolling back to deploymentId \(completed.id).")
        return true
    }

    /// Says so in the service's events when `deployments` decides the service backs off. Called by the
    /// reconciler.
    func updateThrottle(_ key: ServiceKey) {
        guard deployments.backsOff(key, at: now) else { return }
        appendEvent(key, ServiceEventMessage.unableToStartConsistently(service: self[service: key].service.name))
    }

    /// Whether the PRIMARY deployment may launch tasks: not failed by the circuit breaker, not throttled.
    /// A throttled service is woken when it may launch again.
    func primaryMayLaunch(_ key: ServiceKey) -> Bool {
        if self[service: key].service.primaryDeployment?.rolloutState == .failed { return false }
        switch deployments.launchVerdict(key, at: now) {
        case .allowed:
            return true
        case .throttled(let wakeAfter):
            if let wakeAfter { schedule(.deployment(.throttleElapsed(key)), after: wakeAfter) }
            return false
        }
    }
}
