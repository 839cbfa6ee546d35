/// Throttled restarts: a service whose tasks keep stopping before RUNNING waits longer and longer between
/// launch attempts, doubling up to 15 minutes, and says so once each time it backs off. A task reaching
/// RUNNING or a new deployment (a new task definition) ends the backoff; tasks that reach RUNNING and then
/// die never count.
///
/// Simplified (ECS publishes no numbers but the cap): the backoff starts after 3 consecutive start
/// failures at 30 s, and failures that arrive while the service is already waiting do not lengthen it.
extension Simulator {
    static let throttleThreshold = 3
    static let throttleFirstDelay = Duration.seconds(30)
    static let throttleMaximumDelay = Duration.seconds(15 * 60)

    /// The wait after the `level`-th backoff: 30 s, 1 min, 2 min, … up to 15 min.
    static func throttleDelay(level: Int) -> Duration {
        guard level > 0 else { return .zero }
        let doublings = min(level - 1, 10)
        return min(throttleFirstDelay * (1 << doublings), throttleMaximumDelay)
    }

    /// Backs off when new start failures have reached the threshold. Called by the reconciler.
    func updateThrottle(_ key: ServiceKey) {
        let rollout = self[state: key].rollout
        guard rollout.hasNewStartFailure else { return }
        rollout.hasNewStartFailure = false
        guard rollout.consecutiveStartFailures >= Self.throttleThreshold, now >= rollout.throttledUntil else { return }
        rollout.backoffLevel += 1
        rollout.throttledUntil = now + Self.throttleDelay(level: rollout.backoffLevel)
        let name = self[service: key].service.name
        appendEvent(key, ServiceEventMessage.unableToStartConsistently(service: name))
    }

    /// Whether the service may launch tasks now; if not, a wake-up is scheduled for when it may.
    func mayLaunchTasks(_ key: ServiceKey) -> Bool {
        let rollout = self[state: key].rollout
        guard now < rollout.throttledUntil else { return true }
        if !rollout.isThrottleWakeScheduled {
            rollout.isThrottleWakeScheduled = true
            schedule(.deployment(.throttleElapsed(key)), after: rollout.throttledUntil - now)
        }
        return false
    }

    /// A new deployment starts with a clean slate.
    func resetThrottle(_ key: ServiceKey) {
        let rollout = self[state: key].rollout
        rollout.consecutiveStartFailures = 0
        rollout.hasNewStartFailure = false
        rollout.backoffLevel = 0
        rollout.throttledUntil = now
    }
}
