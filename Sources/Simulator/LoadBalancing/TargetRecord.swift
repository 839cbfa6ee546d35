/// Consecutive health-check results of one target, and what the check needs without looking the task up.
struct TargetRecord {
    var taskID: String
    /// The service's index in its cluster.
    var service: Int
    /// The task's image answers 503 (`-unhealthy`).
    var answers503: Bool
    var passes = 0
    var failures = 0
    /// Deregistered and draining: no longer checked.
    var isDraining = false
}
