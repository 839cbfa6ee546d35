/// Timed work of deployments: throttled launches and containers that crash on purpose.
enum DeploymentEvent {
    /// A throttled service may launch tasks again.
    case throttleElapsed(ServiceKey)
    /// A `-crashloop` task's essential container exits; ignored when `token` is stale.
    case crashLoopExit(taskID: String, token: UInt32)
}
