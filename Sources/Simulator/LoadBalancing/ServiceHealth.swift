/// A service's health and load-balancing bookkeeping beside `ServiceState`: what counts as healthy, its
/// target groups, and target events waiting to be written.
final class ServiceHealth {
    /// desiredStatus RUNNING, lastStatus RUNNING and, where checked, healthy in every target group and by
    /// the container health check: what minimumHealthyPercent counts.
    var healthyCount = 0
    /// The service's load balancers, resolved to target groups of its cluster.
    var bindings: [TargetBinding] = []

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
