/// What deployments remember per service beyond the snapshot: the start-failure throttle and the last
/// deployment that completed (what a rollback redeploys). It decides — whether a service backs off, may
/// launch, or has tripped its circuit breaker — and the engine writes the service's deployments, events
/// and wake-ups, as the snapshot's `Deployment`s stay the stored state.
///
/// Throttled restarts: a service whose tasks keep stopping before RUNNING waits longer and longer between
/// launch attempts, doubling up to 15 minutes, and says so once each time it backs off. A task reaching
/// RUNNING or a new deployment (a new task definition) ends the backoff; tasks that reach RUNNING and then
/// die never count. Simplified (ECS publishes no numbers but the cap): the backoff starts after 3
/// consecutive start failures at 30 s, and failures that arrive while the service is already waiting do
/// not lengthen it.
struct Deployments {
    static let throttleThreshold = 3
    static let throttleFirstDelay = Duration.seconds(30)
    static let throttleMaximumDelay = Duration.seconds(15 * 60)

    /// The wait after the `level`-th backoff: 30 s, 1 min, 2 min, … up to 15 min.
    static func throttleDelay(level: Int) -> Duration {
        guard level > 0 else { return .zero }
        let doublings = min(level - 1, 10)
        return min(throttleFirstDelay * (1 << doublings), throttleMaximumDelay)
    }

    private struct Throttle {
        /// Tasks that stopped before RUNNING since a task last reached RUNNING (or the last deployment).
        var consecutiveStartFailures = 0
        /// A start failure the reconciler has not looked at yet.
        var hasNewStartFailure = false
        /// How many times the backoff has doubled.
        var backoffLevel = 0
        /// No tasks are launched before this.
        var until: Duration = .zero
        var isWakeScheduled = false
    }

    /// Looked up by key only, never walked, so their order cannot leak into behaviour.
    private var throttles: [ServiceKey: Throttle] = [:]
    private var lastCompleted: [ServiceKey: (id: String, taskDefinitionARN: String)] = [:]

    // MARK: Deployments starting and completing

    /// A new deployment starts with a clean slate.
    mutating func begin(_ key: ServiceKey, at now: Duration) {
        throttles[key] = Throttle(until: now, isWakeScheduled: throttles[key]?.isWakeScheduled ?? false)
    }

    /// Deployment `id` of service `key` reached COMPLETED: a later rollback returns to it.
    mutating func completed(_ key: ServiceKey, deploymentID id: String, taskDefinitionARN: String) {
        lastCompleted[key] = (id, taskDefinitionARN)
    }

    // MARK: Task outcomes

    /// A task runs, which shows the service can start tasks: the throttle starts over.
    mutating func taskStarted(_ key: ServiceKey) {
        guard throttles[key] != nil else { return }
        throttles[key]!.consecutiveStartFailures = 0
        throttles[key]!.backoffLevel = 0
    }

    /// A task stopped before RUNNING.
    mutating func taskFailedToStart(_ key: ServiceKey) {
        throttles[key, default: Throttle()].consecutiveStartFailures += 1
        throttles[key, default: Throttle()].hasNewStartFailure = true
    }

    // MARK: Verdicts

    /// Whether service `key` backs off now because new start failures have reached the threshold; the
    /// engine says so in the service's events. Called by the reconciler.
    mutating func backsOff(_ key: ServiceKey, at now: Duration) -> Bool {
        guard var throttle = throttles[key], throttle.hasNewStartFailure else { return false }
        throttle.hasNewStartFailure = false
        defer { throttles[key] = throttle }
        guard throttle.consecutiveStartFailures >= Self.throttleThreshold, now >= throttle.until else { return false }
        throttle.backoffLevel += 1
        throttle.until = now + Self.throttleDelay(level: throttle.backoffLevel)
        return true
    }

    enum LaunchVerdict: Equatable {
        case allowed
        /// Throttled; `wakeAfter` is when the engine is to look again, nil when a wake-up is already due.
        case throttled(wakeAfter: Duration?)
    }

    /// Whether service `key` may launch tasks now.
    mutating func launchVerdict(_ key: ServiceKey, at now: Duration) -> LaunchVerdict {
        guard let throttle = throttles[key], now < throttle.until else { return .allowed }
        guard !throttle.isWakeScheduled else { return .throttled(wakeAfter: nil) }
        throttles[key]!.isWakeScheduled = true
        return .throttled(wakeAfter: throttle.until - now)
    }

    /// The wake-up scheduled by `launchVerdict` has come.
    mutating func throttleElapsed(_ key: ServiceKey) {
        throttles[key]?.isWakeScheduled = false
    }

    /// The circuit breaker's decision for `service`: which deployment fails, and what to roll back to.
    struct BreakerTrip {
        /// Index in `service.deployments` of the PRIMARY deployment that fails.
        var deployment: Int
        /// The last completed deployment, when the breaker rolls back.
        var rollback: (id: String, taskDefinitionARN: String)?
    }

    /// The PRIMARY deployment of service `key` fails when it is rolling out and has failed enough tasks
    /// (`DeploymentCircuitBreaker.threshold`); nil when the breaker holds or is off.
    func breakerTrip(_ key: ServiceKey, service: Service) -> BreakerTrip? {
        let breaker = service.deploymentConfiguration.deploymentCircuitBreaker
        guard breaker.enable, let d = service.deployments.firstIndex(where: { $0.status == .primary }) else { return nil }
        let deployment = service.deployments[d]
        guard deployment.rolloutState == .inProgress,
              deployment.failedTasks >= DeploymentCircuitBreaker.threshold(desired: service.desiredCount)
        else { return nil }
        return BreakerTrip(deployment: d, rollback: breaker.rollback ? lastCompleted[key] : nil)
    }
}
