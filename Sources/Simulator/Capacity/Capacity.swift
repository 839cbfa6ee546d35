/// The engine's capacity bookkeeping beside the instances, Auto Scaling groups and capacity providers the
/// snapshot lists (they stay in `ClusterSnapshot`, so a snapshot copies nothing): per cluster, where each
/// instance sits by container instance id and EC2 id, placement's compact slot per instance, the
/// registered resources, which zones are out, which hosts are shutting down, managed scaling's alarms and
/// the tasks waiting for an instance. The engine changes the snapshot and
/// tells this what happened through the operations below; nothing else reads its maps.
struct Capacity {
    /// One cluster's bookkeeping; its indexes are those of the cluster's lists in `ClusterSnapshot`.
    private final class Cluster {
        /// Container instance id and EC2 id → index in the cluster's instances.
        var instanceIndexByID: [String: Int] = [:]
        var instanceIndexByEC2ID: [String: Int] = [:]
        /// Per instance, in the instances' order: what placement reads in its inner loop.
        var slots: [PlacementSlot] = []
        /// Registered resources of the ACTIVE and DRAINING instances, for cluster utilization.
        var registered = Resources.zero
        var groupIndexByName: [String: Int] = [:]
        /// Per capacity provider: which group it scales and its alarm datapoints.
        var providers: [ManagedScalingState] = []
        var providerIndexByName: [String: Int] = [:]
        /// Service index → its tasks waiting in PROVISIONING for capacity, oldest first.
        var provisioning: [Int: [String]] = [:]
        /// Zones in an outage: unreachable, and no Auto Scaling group launches there.
        var lostZones: Set<String> = []
        /// EC2 ids of instances shutting down: their agent is gone for good, whatever reconnects.
        var terminating: Set<String> = []
    }

    private var clusters: [Cluster] = []

    /// The bookkeeping of a cluster just added (at start or by CreateCluster); Auto Scaling groups and
    /// capacity providers fill it in as they are set up.
    mutating func addCluster() {
        clusters.append(Cluster())
    }

    var clusterIndices: Range<Int> { clusters.indices }

    // MARK: Auto Scaling groups and capacity providers

    /// Records that cluster `c`'s group `name` is at index `g` of its Auto Scaling groups.
    func addGroup(named name: String, at g: Int, inCluster c: Int) {
        clusters[c].groupIndexByName[name] = g
    }

    /// Records capacity provider `name`, at index `p` of cluster `c`'s providers, scaling group `groupName`.
    func addProvider(named name: String, at p: Int, scaling groupName: String, inCluster c: Int) {
        clusters[c].providers.append(ManagedScalingState(group: clusters[c].groupIndexByName[groupName]!))
        clusters[c].providerIndexByName[name] = p
    }

    /// Index of capacity provider `name` among cluster `c`'s providers.
    func provider(named name: String, inCluster c: Int) -> Int? { clusters[c].providerIndexByName[name] }

    /// Managed scaling's state for each of cluster `c`'s providers, in the providers' order.
    func managedScaling(inCluster c: Int) -> [ManagedScalingState] { clusters[c].providers }

    /// Whether any cluster has a capacity provider, so managed scaling has something to evaluate.
    var hasCapacityProviders: Bool { clusters.contains { !$0.providers.isEmpty } }

    // MARK: Tasks waiting for an instance

    /// Queues task `id` of service `key` until its provider has an instance for it.
    func waitForInstance(_ id: String, service key: ServiceKey) {
        clusters[key.cluster].provisioning[key.service, default: []].append(id)
    }

    /// Service `key`'s tasks waiting for an instance, oldest first.
    func waitingTasks(of key: ServiceKey) -> [String] { clusters[key.cluster].provisioning[key.service] ?? [] }

    /// The `count` oldest of service `key`'s waiting tasks have been placed.
    func placedOldest(_ count: Int, of key: ServiceKey) {
        guard count > 0, var waiting = clusters[key.cluster].provisioning[key.service] else { return }
        waiting.removeFirst(count)
        clusters[key.cluster].provisioning[key.service] = waiting.isEmpty ? nil : waiting
    }

    /// Task `id` of service `key` no longer waits (it was stopped).
    func stopWaiting(_ id: String, service key: ServiceKey) {
        clusters[key.cluster].provisioning[key.service]?.removeAll { $0 == id }
        if clusters[key.cluster].provisioning[key.service]?.isEmpty == true { clusters[key.cluster].provisioning[key.service] = nil }
    }

    /// The services of cluster `c` with tasks waiting for an instance, in service order.
    func servicesWaiting(inCluster c: Int) -> [ServiceKey] {
        clusters[c].provisioning.keys.sorted().map { ServiceKey(cluster: c, service: $0) }
    }

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

    // MARK: Placement slots and registered resources

    /// Placement's compact copy of instance `key`'s free resources, placeability and zone.
    subscript(slot key: InstanceKey) -> PlacementSlot {
        get { clusters[key.cluster].slots[key.index] }
        nonmutating _modify { yield &clusters[key.cluster].slots[key.index] }
    }

    /// Every instance's slot in cluster `c`, in the instances' order.
    func slots(inCluster c: Int) -> [PlacementSlot] { clusters[c].slots }

    /// The slot of an instance just appended to cluster `c`'s list.
    func appendSlot(_ slot: PlacementSlot, inCluster c: Int) { clusters[c].slots.append(slot) }

    /// Drops the slot of an instance removed from the list; the slots after it move down with the instances.
    func removeSlot(at key: InstanceKey) { clusters[key.cluster].slots.remove(at: key.index) }

    /// Resources of cluster `c`'s ACTIVE and DRAINING instances.
    func registeredResources(inCluster c: Int) -> Resources { clusters[c].registered }

    /// An instance of cluster `c` became registered (ACTIVE) or stopped being (INACTIVE).
    func noteRegistered(_ resources: Resources, inCluster c: Int) { clusters[c].registered += resources }
    func noteDeregistered(_ resources: Resources, inCluster c: Int) { clusters[c].registered -= resources }

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
