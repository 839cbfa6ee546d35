/// How long each lifecycle step takes, in simulated seconds. Bridge networking on EC2: PROVISIONING and
/// ACTIVATING (ENI and load balancer work) are brief; PENDING is image pull plus container start.
enum LifecycleTimings {
    static let provisioning = 0.05...1.0
    static let pending = 2.0...6.0
    static let activating = 0.1...1.0
    /// From a stop request until the agent starts deregistering the task.
    static let stopRequestToDeactivating = 0.1...0.8
    static let deactivating = 0.1...1.0
    /// From a stop request to a task that never ran until its containers are cleaned up.
    static let stopBeforeRunning = 0.1...0.5
    /// Containers that handle SIGTERM exit within this.
    static let gracefulExit = 0.3...4.0
    /// Share of stops where a container ignores SIGTERM and is killed at `stopTimeout`.
    static let ignoresSigtermShare = 0.05
    /// Of the containers that do exit on SIGTERM, the share that exit cleanly (0) rather than by the signal (143).
    static let cleanExitShare = 0.7
    /// ECS_CONTAINER_STOP_TIMEOUT's default.
    static let stopTimeout = 30.0
    static let deprovisioning = 0.1...1.0
    /// Stopped tasks stay listed this long.
    static let stoppedRetention = Duration.seconds(3600)
    /// At most this many stopped tasks are kept per service (and per cluster for standalone ones), so a
    /// large cluster under heavy chaos keeps bounded memory; older ones go before their hour is up.
    static let stoppedRetentionLimit = 1_000
}

extension Duration {
    static func seconds(in range: ClosedRange<Double>, using generator: inout SeededGenerator) -> Duration {
        .seconds(generator.uniform(range))
    }
}
