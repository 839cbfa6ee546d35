/// A service's deployment and load-balancing bookkeeping beside `ServiceState`: what counts as healthy,
/// the start-failure throttle, the last deployment that completed (for rollbacks) and target events
/// waiting to be written.
final class ServiceRollout {
    /// desiredStatus RUNNING, lastStatus RUNNING and, where checked, healthy in every target group and by
    /// the container health check: what minimumHealthyPercent counts.
    var healthyCount = 0
    /// The service's load balancers, resolved to target groups of its cluster.
    var bindings: [TargetBinding] = []

    // MARK: Throttled restarts

    /// Tasks that stopped before RUNNING since a task last reached RUNNING (or the last deployment).
    var consecutiveStartFailures = 0
    /// A start failure the reconciler has not looked at yet.
    var hasNewStartFailure = false
    /// How many times the backoff has doubled.
    var backoffLevel = 0
    /// No tasks are launched before this.
    var throttledUntil: Duration = .zero
    var isThrottleWakeScheduled = false

    // MARK: Circuit breaker

    /// The newest deployment that reached COMPLETED: what a rollback redeploys.
    var lastCompleted: (id: String, taskDefinitionARN: String)?

    // MARK: Faults

    /// The service's targets answer 503 until this moment (`failHealthChecks`).
    var healthChecksFailUntil: Duration?

    // MARK: Target events, written by the next reconcile so that one pass reports a batch

    var registeredTargets: [Int] = []
    var deregisteredTargets: [Int] = []
    var drainingTasks = 0
    var hasTargetEvents = false

    func failsHealthChecks(at now: Duration) -> Bool {
        guard let end = healthChecksFailUntil else { return false }
        return now < end
    }
}
