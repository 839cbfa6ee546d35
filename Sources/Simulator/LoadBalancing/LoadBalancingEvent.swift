/// Timed work of target groups and health checks.
enum LoadBalancingEvent {
    /// One round of ELB health checks over every target of a target group (batched: one event per group
    /// per interval, never one per target).
    case healthCheck(cluster: Int, targetGroup: Int)
    /// A task's container health check reaches its verdict; ignored when `token` is stale.
    case containerHealthVerdict(taskID: String, token: UInt32)
}
