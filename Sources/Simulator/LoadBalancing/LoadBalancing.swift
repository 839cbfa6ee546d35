/// The engine's bookkeeping for target groups and task health, beside the snapshot's
/// `ClusterSnapshot.targetGroups` (whose `targets` the engine passes in, so a snapshot copies nothing):
/// health-check counters per target, where each task's target sits in each group and, per task that is
/// checked (behind a load balancer or with a container health check), what its health depends on.
/// Registration and deregistration go through the operations below, which keep a group's records and its
/// targets in the same order.
struct LoadBalancing {
    /// Per cluster, parallel to `ClusterSnapshot.targetGroups`: health-check counters, read and updated by
    /// each round of checks.
    private(set) var targetGroups: [[TargetGroupState]] = []
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

    /// Task `id`'s target in group `t` of cluster `c` is no longer checked; returns its place.
    mutating func beginDraining(_ id: String, inGroup t: Int, cluster c: Int) -> Int? {
        guard let k = targetGroups[c][t].indexByTask[id] else { return nil }
        targetGroups[c][t].records[k].isDraining = true
        return k
    }

    // MARK: Health checks

    /// One target's result in a round of ELB health checks, with its counters after the round.
    struct CheckResult {
        /// The target's place in its group (its record and its target).
        var target: Int
        var passes: Bool
        var record: TargetRecord
    }

    /// One round of ELB health checks of group `t` of cluster `c`: every target not draining passes unless
    /// its image answers 503 or `serviceFails` (asked once per service index) says its service fails them.
    /// The counters move here; the results come back in target order for the engine to apply.
    mutating func checkRound(group t: Int, cluster c: Int, serviceFails: (Int) -> Bool) -> [CheckResult] {
        var failingServices: [Int: Bool] = [:]
        var results: [CheckResult] = []
        for k in targetGroups[c][t].records.indices where !targetGroups[c][t].records[k].isDraining {
            let service = targetGroups[c][t].records[k].service
            let fails = failingServices[service] ?? serviceFails(service)
            failingServices[service] = fails
            let passes = !targetGroups[c][t].records[k].answers503 && !fails
            if passes {
                targetGroups[c][t].records[k].passes += 1
                targetGroups[c][t].records[k].failures = 0
            } else {
                targetGroups[c][t].records[k].failures += 1
                targetGroups[c][t].records[k].passes = 0
            }
            results.append(CheckResult(target: k, passes: passes, record: targetGroups[c][t].records[k]))
        }
        return results
    }
}
