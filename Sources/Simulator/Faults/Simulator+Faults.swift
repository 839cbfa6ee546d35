/// Faults injected on purpose (`ControlPlaneCommand.injectFault`), validated first like every command.
///
/// A lost availability zone is modelled as ECS sees one: the zone's agents stop answering at once (no
/// new placements there, tasks still listed as they were); once EC2's status checks fail (a minute or
/// two) the hosts count as lost — Auto Scaling instances are terminated and replaced in the healthy
/// zones, and the tasks on plain instances stop as on a terminated host ("Host EC2 (instance …)
/// terminated."), so services re-place them in the other zones by the usual spread. Plain instances
/// have no group to replace them: they stay registered, disconnected, until the zone is restored.
extension Simulator {
    func inject(_ fault: Fault) throws(ECSError) {
        switch fault {
        case .crashTask(let cluster, let task):
            let id = try runningTaskID(cluster: cluster, task: task)
            crash(id, container: firstEssentialContainer(id), outOfMemory: false)
        case .outOfMemory(let cluster, let task):
            let id = try runningTaskID(cluster: cluster, task: task)
            crash(id, container: firstEssentialContainer(id), outOfMemory: true)
        case .failHealthChecks(let cluster, let service, let duration):
            try failHealthChecks(cluster: cluster, service: service, duration: duration)
        case .terminateInstance(let cluster, let instance):
            terminateEC2Instance(self[instance: try liveInstance(cluster: cluster, instance: instance)].ec2InstanceID)
        case .disconnectAgent(let cluster, let instance):
            setAgentConnected(false, on: try liveInstance(cluster: cluster, instance: instance))
        case .reconnectAgent(let cluster, let instance):
            let key = try liveInstance(cluster: cluster, instance: instance)
            guard !capacity.isLost(self[instance: key].availabilityZone, inCluster: key.cluster) else {
                throw .invalidParameter("The container instance is in an availability zone that is unavailable.")
            }
            guard !capacity.isShuttingDown(self[instance: key].ec2InstanceID, inCluster: key.cluster) else {
                throw .invalidParameter("The container instance's EC2 instance is shutting down.")
            }
            setAgentConnected(true, on: key)
        case .loseAvailabilityZone(let cluster, let zone):
            let c = try zoneCluster(cluster, zone)
            loseZone(zone, cluster: c)
        case .restoreAvailabilityZone(let cluster, let zone):
            let c = try zoneCluster(cluster, zone)
            restoreZone(zone, cluster: c)
        }
    }

    func handleFault(_ event: FaultEvent) {
        switch event {
        case .scheduled(let index): fireScheduledFault(index)
        case .recover(let fault): try? inject(fault)
        case .zoneImpairmentDetected(let c, let zone): detectZoneImpairment(zone, cluster: c)
        }
    }

    // MARK: Lookups, with the errors the rest of the API gives

    private func faultCluster(_ name: String) throws(ECSError) -> Int {
        guard let c = clusterIndex(referencedBy: name) else { throw .clusterNotFound() }
        return c
    }

    private func runningTaskID(cluster: String, task: String) throws(ECSError) -> String {
        let c = try faultCluster(cluster)
        guard let id = localID(task, .task, inCluster: c), let location = taskLocations[id], location.cluster == c else {
            throw .invalidParameter("The referenced task was not found.")
        }
        let current = self[task: location.key]
        guard current.lastStatus == .running, current.desiredStatus == .running else {
            throw .invalidParameter("The referenced task is \(current.lastStatus.rawValue), not RUNNING.")
        }
        return id
    }

    private func firstEssentialContainer(_ id: String) -> Int {
        self[task: taskLocations[id]!.key].containers.firstIndex(where: \.essential) ?? 0
    }

    /// A registered (not INACTIVE) instance by container instance id, ARN or EC2 id.
    private func liveInstance(cluster: String, instance: String) throws(ECSError) -> InstanceKey {
        let c = try faultCluster(cluster)
        guard let key = instanceKey(referencedBy: instance, inCluster: c) else {
            throw .invalidParameter("The referenced container instance \(instance) was not found.")
        }
        guard self[instance: key].status != .inactive else {
            throw .invalidParameter("The referenced container instance \(instance) is INACTIVE.")
        }
        return key
    }

    private func zoneCluster(_ cluster: String, _ zone: String) throws(ECSError) -> Int {
        let c = try faultCluster(cluster)
        let known = clusterStates[c].zones.contains(zone)
            || clusters[c].autoScalingGroups.contains { $0.availabilityZones.contains(zone) }
        guard known else { throw .invalidParameter("The availability zone \(zone) is not used by cluster \(cluster).") }
        return c
    }

    // MARK: Zone outages

    private func loseZone(_ zone: String, cluster c: Int) {
        guard capacity.loseZone(zone, inCluster: c) else { return }
        for key in instanceKeys(inCluster: c)
        where self[instance: key].availabilityZone == zone && self[instance: key].status != .inactive {
            setAgentConnected(false, on: key)
        }
        schedule(.fault(.zoneImpairmentDetected(cluster: c, zone: zone)),
                 after: .seconds(in: FaultTimings.impairmentDetection, using: &auxiliaryGenerator))
    }

    private func detectZoneImpairment(_ zone: String, cluster c: Int) {
        guard capacity.isLost(zone, inCluster: c) else { return }
        var doomed: [String] = []
        for group in clusters[c].autoScalingGroups {
            for member in group.instances where member.availabilityZone == zone
                && (member.lifecycleState == .pending || member.lifecycleState == .inService) {
                doomed.append(member.ec2InstanceID)
            }
        }
        for ec2InstanceID in doomed { terminateEC2Instance(ec2InstanceID) }
        for key in instanceKeys(inCluster: c) {
            let instance = self[instance: key]
            guard instance.availabilityZone == zone, instance.autoScalingGroupName == nil, instance.status != .inactive else { continue }
            let reason = "Host EC2 (instance \(instance.ec2InstanceID)) terminated."
            for id in activeTaskIDs(on: key) { requestStop(id, code: .terminationNotice, reason: reason) }
        }
    }

    private func restoreZone(_ zone: String, cluster c: Int) {
        guard capacity.restoreZone(zone, inCluster: c) else { return }
        for key in instanceKeys(inCluster: c)
        where self[instance: key].availabilityZone == zone && self[instance: key].status != .inactive {
            setAgentConnected(true, on: key)
        }
        // Groups that could not launch while every zone of theirs was out try again.
        for g in clusters[c].autoScalingGroups.indices { checkGroup(cluster: c, group: g) }
    }

    // MARK: The scenario's schedule

    func scheduleFaults(_ entries: [Scenario.FaultScheduleEntry]) {
        faultSchedule = entries
        for (index, entry) in entries.enumerated() { schedule(.fault(.scheduled(index: index)), after: .seconds(entry.at)) }
    }

    private func fireScheduledFault(_ index: Int) {
        let entry = faultSchedule[index]
        if let every = entry.every { schedule(.fault(.scheduled(index: index)), after: .seconds(every)) }
        guard let (fault, recovery) = resolve(entry.fault) else { return }
        do {
            try inject(fault)
            if let (recovering, delay) = recovery { schedule(.fault(.recover(recovering)), after: .seconds(delay)) }
        } catch {
            // A fault whose target vanished meanwhile simply does not happen.
        }
    }

    /// The concrete fault, targets picked at random among what qualifies, and how it ends if timed.
    private func resolve(_ scheduled: Scenario.ScheduledFault) -> (Fault, (Fault, Double)?)? {
        switch scheduled {
        case .crashTask(let cluster, let service), .outOfMemory(let cluster, let service):
            guard let c = clusterIndexByName[cluster], let s = clusterStates[c].serviceIndexByName[service] else { return nil }
            let running = clusters[c].services[s].tasks.filter { $0.lastStatus == .running && $0.desiredStatus == .running }
            guard !running.isEmpty else { return nil }
            let task = running[auxiliaryGenerator.index(below: running.count)].id
            if case .crashTask = scheduled { return (.crashTask(cluster: cluster, task: task), nil) }
            return (.outOfMemory(cluster: cluster, task: task), nil)
        case .terminateInstance(let cluster, let group):
            guard let c = clusterIndexByName[cluster] else { return nil }
            let candidates = clusters[c].instances.filter {
                $0.status != .inactive && (group == nil || $0.autoScalingGroupName == group)
            }
            guard !candidates.isEmpty else { return nil }
            return (.terminateInstance(cluster: cluster, instance: candidates[auxiliaryGenerator.index(below: candidates.count)].id), nil)
        case .disconnectAgent(let cluster, let duration):
            guard let c = clusterIndexByName[cluster] else { return nil }
            let candidates = clusters[c].instances.filter { $0.status == .active && $0.agentConnected }
            guard !candidates.isEmpty else { return nil }
            let id = candidates[auxiliaryGenerator.index(below: candidates.count)].id
            return (.disconnectAgent(cluster: cluster, instance: id), (.reconnectAgent(cluster: cluster, instance: id), duration))
        case .loseAvailabilityZone(let cluster, let zone, let duration):
            let restore = Fault.restoreAvailabilityZone(cluster: cluster, zone: zone)
            return (.loseAvailabilityZone(cluster: cluster, zone: zone), duration.map { (restore, $0) })
        case .exactly(let fault):
            return (fault, nil)
        }
    }
}
