/// Container instances joining and leaving a cluster after it was built: every per-instance index
/// (slots, per-service spread counts, id lookups) grows and shrinks with the instance list.
extension Simulator {
    /// Adds a container instance at the end of cluster `c`'s list; returns its index.
    @discardableResult
    func appendInstance(_ instance: ContainerInstance, toCluster c: Int) -> Int {
        let state = clusterStates[c]
        let i = clusters[c].instances.count
        clusters[c].instances.append(instance)
        capacity.record(instance, at: InstanceKey(cluster: c, index: i))
        let zonesBefore = state.zones.count
        let zone = state.zoneIndex(of: instance.availabilityZone)
        if state.zones.count > zonesBefore {
            for service in state.services { service.tasksPerZone.append(0) }
        }
        capacity.appendSlot(PlacementSlot(
            remainingCPU: Int32(instance.remainingResources.cpu), remainingMemory: Int32(instance.remainingResources.memory),
            placeable: isPlaceable(instance), zone: UInt8(zone)), inCluster: c)
        for service in state.services { service.tasksPerInstance.append(0) }
        configure(InstanceKey(cluster: c, index: i), customAttributes: instance.attributes)  // attributes, ENIs, daemons
        return i
    }

    /// Drops instance `r` from cluster `c`'s list and shifts every index after it. O(tasks in the
    /// cluster), so only for rare events (an INACTIVE instance expiring). Nothing may still refer to it.
    func removeInstance(_ r: Int, fromCluster c: Int) {
        let state = clusterStates[c]
        let removed = self[instance: InstanceKey(cluster: c, index: r)]
        tagsByARN[removed.arn] = nil  // its tags go with it
        capacity.forget(removed, at: InstanceKey(cluster: c, index: r))
        var instances = clusters[c].instances
        clusters[c].instances = []
        for k in r..<(instances.count - 1) {
            instances[k] = instances[k + 1]
            capacity.record(instances[k], at: InstanceKey(cluster: c, index: k))
        }
        instances.removeLast(1)
        clusters[c].instances = instances
        capacity.removeSlot(at: InstanceKey(cluster: c, index: r))
        state.placementIndex.attributesVersion += 1  // cached constraint matches are by instance index
        if r < state.placementIndex.replicaTasksOnInstance.count { state.placementIndex.replicaTasksOnInstance.remove(at: r) }
        for service in state.services { service.tasksPerInstance.remove(at: r) }
        forEachTaskID(inCluster: c) { id in
            if taskLocations[id]!.instance > r { taskLocations[id]!.instance -= 1 }
        }
    }

    /// Whether any listed task (stopped ones too) still names `instance`.
    func isReferenced(_ instance: InstanceKey) -> Bool {
        let c = instance.cluster
        let id = self[instance: instance].id
        for service in clusters[c].services where service.tasks.contains(where: { $0.containerInstanceID == id }) { return true }
        return clusters[c].standaloneTasks.contains { $0.containerInstanceID == id }
    }

    /// Ids of the tasks on `instance` that are meant to keep running, in list order. O(tasks in the
    /// cluster): for faults and terminations, not for every second.
    func activeTaskIDs(on instance: InstanceKey) -> [String] {
        let c = instance.cluster
        let id = self[instance: instance].id
        var ids: [String] = []
        for service in clusters[c].services {
            for task in service.tasks where task.desiredStatus == .running && task.containerInstanceID == id { ids.append(task.id) }
        }
        for task in clusters[c].standaloneTasks where task.desiredStatus == .running && task.containerInstanceID == id {
            ids.append(task.id)
        }
        return ids
    }

    func forEachTaskID(inCluster c: Int, _ body: (String) -> Void) {
        for service in clusters[c].services { for task in service.tasks { body(task.id) } }
        for task in clusters[c].standaloneTasks { body(task.id) }
    }

    /// Sets whether the instance's agent is connected, keeping its placement slot in step; a reconnect
    /// lets waiting services try again.
    func setAgentConnected(_ connected: Bool, on instance: InstanceKey) {
        guard self[instance: instance].agentConnected != connected else { return }
        if connected, capacity.isShuttingDown(self[instance: instance].ec2InstanceID, inCluster: instance.cluster) { return }
        self[instance: instance].agentConnected = connected
        self[slot: instance].placeable = isPlaceable(self[instance: instance])
        markDaemonServicesDirty(inCluster: instance.cluster)  // A DAEMON service follows its instances.
        if connected { wakeServicesWaitingForCapacity(inCluster: instance.cluster) }
    }

    /// EC2 terminates the instance: its tasks stop at once (the termination notice), its agent stops
    /// answering, and once it is down the container instance is deregistered (INACTIVE). Its Auto
    /// Scaling group, if any, launches a replacement when that leaves it short of its desired capacity.
    ///
    /// Simplified: ECS leaves an instance whose agent was already disconnected registered when it is
    /// terminated; here every terminated instance is deregistered.
    func terminateEC2Instance(_ ec2InstanceID: String) {
        if let (c, g, k) = groupInstance(ec2InstanceID) {
            guard clusters[c].autoScalingGroups[g].instances[k].lifecycleState == .pending
                || clusters[c].autoScalingGroups[g].instances[k].lifecycleState == .inService else { return }
            clusters[c].autoScalingGroups[g].instances[k].lifecycleState = .terminating
            schedule(.capacity(.groupCheck(cluster: c, group: g)),
                     after: .seconds(in: CapacityTimings.replacementDelay, using: &auxiliaryGenerator))
        }
        if let instance = capacity.instance(ofEC2: ec2InstanceID), self[instance: instance].status != .inactive {
            let reason = "Host EC2 (instance \(ec2InstanceID)) terminated."
            for id in activeTaskIDs(on: instance) {
                requestStop(id, code: .terminationNotice, reason: reason)
            }
            setAgentConnected(false, on: instance)
            capacity.noteShuttingDown(ec2InstanceID, inCluster: instance.cluster)
        }
        schedule(.capacity(.instanceShutDown(ec2InstanceID: ec2InstanceID)),
                 after: .seconds(in: CapacityTimings.shutdown, using: &auxiliaryGenerator))
    }

    /// The instance is down: Terminated in its group, INACTIVE in its cluster.
    func shutDown(_ ec2InstanceID: String) {
        if let (c, g, k) = groupInstance(ec2InstanceID) {
            clusters[c].autoScalingGroups[g].instances[k].lifecycleState = .terminated
            schedule(.capacity(.terminatedInstanceForgotten(cluster: c, group: g, ec2InstanceID: ec2InstanceID)),
                     after: CapacityTimings.terminatedListed)
        }
        guard let instance = capacity.instance(ofEC2: ec2InstanceID) else { return }
        capacity.noteShutDown(ec2InstanceID, inCluster: instance.cluster)
        deactivate(instance)
    }

    /// The container instance is deregistered: INACTIVE, no longer counted or placeable, and dropped from
    /// the list once nothing refers to it. Its tasks must have been asked to stop already.
    func deactivate(_ key: InstanceKey) {
        let c = key.cluster
        let instance = self[instance: key]
        guard instance.status != .inactive else { return }
        if instance.status == .active || instance.status == .draining {
            clusters[c].cluster.registeredContainerInstancesCount -= 1
            capacity.noteDeregistered(instance.registeredResources, inCluster: c)
        }
        self[instance: key].status = .inactive
        self[instance: key].agentConnected = false
        self[slot: key].placeable = false
        markDaemonServicesDirty(inCluster: c)
        schedule(.capacity(.inactiveInstanceExpired(cluster: c, ec2InstanceID: instance.ec2InstanceID)),
                 after: CapacityTimings.inactiveListed)
    }

    /// Drops an INACTIVE instance from the list once no listed task names it; else looks again later.
    func expireInactiveInstance(cluster c: Int, ec2InstanceID: String) {
        guard let i = inactiveInstanceIndex(ofEC2: ec2InstanceID, inCluster: c) else { return }
        if isReferenced(InstanceKey(cluster: c, index: i)) {
            schedule(.capacity(.inactiveInstanceExpired(cluster: c, ec2InstanceID: ec2InstanceID)), after: Self.expirySweepInterval)
            return
        }
        removeInstance(i, fromCluster: c)
    }

    /// The INACTIVE record of an EC2 instance. Usually the one the id lookup names; when the instance was
    /// registered again the lookup names the new record and the old one is found by a scan (a rare event).
    private func inactiveInstanceIndex(ofEC2 ec2InstanceID: String, inCluster c: Int) -> Int? {
        if let key = capacity.instance(ec2InstanceID: ec2InstanceID, inCluster: c), self[instance: key].status == .inactive { return key.index }
        return clusters[c].instances.firstIndex { $0.ec2InstanceID == ec2InstanceID && $0.status == .inactive }
    }
}
