/// The engine's capacity bookkeeping beside the instances, Auto Scaling groups and capacity providers the
/// snapshot lists (they stay in `ClusterSnapshot`, so a snapshot copies nothing): per cluster, where each
/// instance sits by container instance id and EC2 id, which zones are out, which hosts are shutting down,
/// managed scaling's alarms and the tasks waiting for an instance. The engine changes the snapshot and
/// tells this what happened through the operations below; nothing else reads its maps.
struct Capacity {
    private var clusters: [ClusterCapacity] = []

    /// The bookkeeping of a cluster just added (at start or by CreateCluster); Auto Scaling groups and
    /// capacity providers fill it in as they are set up.
    mutating func addCluster() {
        clusters.append(ClusterCapacity())
    }

    /// Cluster `c`'s Auto Scaling group and capacity provider bookkeeping.
    subscript(c: Int) -> ClusterCapacity { clusters[c] }

    /// Whether any cluster has a capacity provider, so managed scaling has something to evaluate.
    var hasCapacityProviders: Bool { clusters.contains { !$0.providers.isEmpty } }

    var clusterIndices: Range<Int> { clusters.indices }

    // MARK: Instances

    /// Records that `instance` now sits at `key` (appended, or moved down by a removal before it).
    func record(_ instance: ContainerInstance, at key: InstanceKey) {
        clusters[key.cluster].instanceIndexByID[instance.id] = key.index
        clusters[key.cluster].instanceIndexByEC2ID[instance.ec2InstanceID] = key.index
    }

    /// Forgets `removed`, which sat at `key`. Its EC2 id keeps naming a newer record of the same EC2
    /// instance, registered again after it.
    func forget(_ removed: ContainerInstance, at key: InstanceKey) {
        let state = clusters[key.cluster]
        state.instanceIndexByID[removed.id] = nil
        if state.instanceIndexByEC2ID[removed.ec2InstanceID] == key.index {
            state.instanceIndexByEC2ID[removed.ec2InstanceID] = nil
        }
    }

    /// The instance with container instance id `id` in cluster `c`.
    func instance(id: String, inCluster c: Int) -> InstanceKey? {
        clusters[c].instanceIndexByID[id].map { InstanceKey(cluster: c, index: $0) }
    }

    /// The latest record of EC2 instance `ec2InstanceID` in cluster `c`.
    func instance(ec2InstanceID: String, inCluster c: Int) -> InstanceKey? {
        clusters[c].instanceIndexByEC2ID[ec2InstanceID].map { InstanceKey(cluster: c, index: $0) }
    }

    /// The container instance of an EC2 instance, in whichever cluster its agent registered it.
    func instance(ofEC2 ec2InstanceID: String) -> InstanceKey? {
        for c in clusters.indices {
            if let key = instance(ec2InstanceID: ec2InstanceID, inCluster: c) { return key }
        }
        return nil
    }

    // MARK: Zones and hosts

    func isLost(_ zone: String, inCluster c: Int) -> Bool { clusters[c].lostZones.contains(zone) }

    /// Marks `zone` out; false when it already was.
    func loseZone(_ zone: String, inCluster c: Int) -> Bool { clusters[c].lostZones.insert(zone).inserted }

    /// Marks `zone` back; false when it was not out.
    func restoreZone(_ zone: String, inCluster c: Int) -> Bool { clusters[c].lostZones.remove(zone) != nil }

    /// Whether EC2 instance `ec2InstanceID` is shutting down: its agent is gone for good.
    func isShuttingDown(_ ec2InstanceID: String, inCluster c: Int) -> Bool { clusters[c].terminating.contains(ec2InstanceID) }

    func noteShuttingDown(_ ec2InstanceID: String, inCluster c: Int) { clusters[c].terminating.insert(ec2InstanceID) }

    func noteShutDown(_ ec2InstanceID: String, inCluster c: Int) { clusters[c].terminating.remove(ec2InstanceID) }
}
