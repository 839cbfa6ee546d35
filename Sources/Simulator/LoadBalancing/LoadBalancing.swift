/// The engine's bookkeeping for target groups and task health, beside the snapshot's
/// `ClusterSnapshot.targetGroups` (whose `targets` the engine passes in, so a snapshot copies nothing):
/// health-check counters per target, where each task's target sits in each group and, per task that is
/// checked (behind a load balancer or with a container health check), what its health depends on.
/// Registration and deregistration go through the operations below, which keep a group's records and its
/// targets in the same order.
struct LoadBalancing {
    /// Per cluster, parallel to `ClusterSnapshot.targetGroups`: health-check counters, read and updated by
    /// each round of checks.
    var targetGroups: [[TargetGroupState]] = []
    /// Target group index by ARN, per cluster.
    private var targetGroupIndexByARN: [[String: Int]] = []
    /// Service tasks whose health is checked, from ACTIVATING until they leave their target groups.
    var tasks: [String: CheckedTask] = [:]
    /// What each task definition does on purpose (`TaskTraits`), by ARN.
    var traits: [String: TaskTraits] = [:]

    /// A cluster's target groups, as the snapshot lists them (none for a cluster CreateCluster makes).
    mutating func addCluster(_ groups: [TargetGroup] = []) {
        targetGroups.append(Array(repeating: TargetGroupState(), count: groups.count))
        targetGroupIndexByARN.append(Dictionary(groups.enumerated().map { ($1.arn, $0) }, uniquingKeysWith: { _, later in later }))
    }

    /// Index of the target group `arn` names among cluster `c`'s.
    func targetGroup(arn: String, inCluster c: Int) -> Int? { targetGroupIndexByARN[c][arn] }

    /// The cluster whose target groups include `arn`.
    func cluster(ownerOf arn: String) -> Int? { targetGroupIndexByARN.firstIndex { $0[arn] != nil } }

    // MARK: Targets

    /// Where task `id`'s target sits in group `t` of cluster `c` (its record and its target).
    func targetIndex(of id: String, inGroup t: Int, cluster c: Int) -> Int? { targetGroups[c][t].indexByTask[id] }

    /// Adds a target at the end of group `t` of cluster `c`, with its record.
    mutating func register(
        _ target: TargetHealthDescription, _ record: TargetRecord, inGroup t: Int, cluster c: Int,
        targets: inout [TargetHealthDescription]
    ) {
        targetGroups[c][t].indexByTask[record.taskID] = targets.count
        targetGroups[c][t].records.append(record)
        targets.append(target)
    }

    /// Removes task `id`'s target from group `t` of cluster `c`; the last target takes the freed place.
    mutating func deregister(_ id: String, fromGroup t: Int, cluster c: Int, targets: inout [TargetHealthDescription]) {
        guard let k = targetGroups[c][t].indexByTask.removeValue(forKey: id) else { return }
        let last = targetGroups[c][t].records.count - 1
        if k != last {
            let moved = targetGroups[c][t].records[last].taskID
            targetGroups[c][t].records.swapAt(k, last)
            targets.swapAt(k, last)
            targetGroups[c][t].indexByTask[moved] = k
        }
        targetGroups[c][t].records.removeLast()
        targets.removeLast()
    }
}
