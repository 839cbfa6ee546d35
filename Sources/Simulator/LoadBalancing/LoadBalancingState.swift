/// The engine's private bookkeeping for target groups and task health, beside the snapshot's
/// `ClusterSnapshot.targetGroups`: health-check counters per target and, per task that is checked (behind
/// a load balancer or with a container health check), what its health depends on.
struct LoadBalancingState {
    /// Per cluster, parallel to `ClusterSnapshot.targetGroups`.
    var targetGroups: [[TargetGroupState]] = []
    /// Target group index by ARN, per cluster.
    var targetGroupIndexByARN: [[String: Int]] = []
    /// Service tasks whose health is checked, from ACTIVATING until they leave their target groups.
    var tasks: [String: CheckedTask] = [:]
    /// What each task definition does on purpose (`TaskTraits`), by ARN.
    var traits: [String: TaskTraits] = [:]
}

/// One target group's counters, parallel to its `targets`.
struct TargetGroupState {
    var records: [TargetRecord] = []
    /// Index into `records` and `targets` by task id (a task is registered at most once per group).
    var indexByTask: [String: Int] = [:]
}

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

/// A checked task: where it is registered and whether it counts as healthy for its deployment.
struct CheckedTask {
    var service: ServiceKey
    /// Indexes into the service's `ServiceRollout.bindings` (and so target groups) it is registered with.
    var bindings: [Int] = []
    var healthyTargets = 0
    /// nil: no container health check; `.unknown` until the first verdict.
    var containerHealth: HealthStatus?
    var runningSince: Duration?
    /// Counted in `ServiceRollout.healthyCount`.
    var isCountedHealthy = false
    /// desiredStatus STOPPED: nothing more is counted for it.
    var isStopping = false
}
