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
