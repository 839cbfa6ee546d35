import Foundation

/// Managed scaling: once a minute each capacity provider publishes CapacityProviderReservation = M / N ×
/// 100, where N is the group's running instances and M the instances needed (those running tasks, plus
/// enough fresh ones for the tasks waiting in PROVISIONING), and the target-tracking policy moves the
/// group's desired capacity toward `targetCapacity`: out after one datapoint above it, by at least
/// `minimumScalingStepSize` and at most `maximumScalingStepSize`; in after fifteen below it, removing
/// only idle instances (managed termination protection keeps the busy ones).
///
/// Simplified: the instances needed for waiting tasks are estimated by total CPU and memory over fresh
/// instances of the launch template's type (ECS binpacks them); warm-up only holds back scale-in while a
/// recently launched instance is still warming up.
extension Simulator {
    struct CapacityDemand {
        /// N: Pending and InService instances.
        var running = 0
        /// Instances with at least one task meant to run.
        var busy = 0
        /// Fresh instances the waiting tasks need.
        var forWaitingTasks = 0

        /// M.
        var needed: Int { busy + forWaitingTasks }

        /// M / N × 100; 200 when nothing runs but tasks wait, 100 when nothing runs nor waits.
        var reservation: Double {
            running == 0 ? (needed > 0 ? 200 : 100) : Double(needed) / Double(running) * 100
        }
    }

    func runManagedScaling() {
        for c in capacity.clusterIndices {
            for (p, state) in capacity.managedScaling(inCluster: c).enumerated() {
                let demand = capacityDemand(cluster: c, provider: p)
                clusters[c].capacityProviders[p].reservation = demand.reservation
                guard let scaling = clusters[c].capacityProviders[p].managedScaling, scaling.enabled else { continue }
                let target = Double(scaling.targetCapacity)
                state.datapointsAbove = demand.reservation > target ? state.datapointsAbove + 1 : 0
                state.datapointsBelow = demand.reservation < target ? state.datapointsBelow + 1 : 0
                if state.datapointsAbove >= CapacityTimings.scaleOutDatapoints {
                    scaleOut(cluster: c, group: state.group, demand: demand, scaling: scaling)
                } else if state.datapointsBelow >= CapacityTimings.scaleInDatapoints {
                    if scaleIn(cluster: c, group: state.group, demand: demand, scaling: scaling) { state.datapointsBelow = 0 }
                }
            }
        }
        schedule(.capacity(.managedScaling), after: CapacityTimings.managedScalingPeriod)
    }

    func capacityDemand(cluster c: Int, provider p: Int) -> CapacityDemand {
        let provider = clusters[c].capacityProviders[p]
        let g = capacity.managedScaling(inCluster: c)[p].group
        let group = clusters[c].autoScalingGroups[g]
        var demand = CapacityDemand()
        demand.running = liveInstanceCount(cluster: c, group: g)
        for (i, instance) in clusters[c].instances.enumerated() where instance.autoScalingGroupName == group.name
            && instance.status != .inactive && instance.runningTasksCount > daemonTasks(on: InstanceKey(cluster: c, index: i)) {
            demand.busy += 1
        }
        var waiting = Resources.zero
        var waitingCount = 0
        for waitingService in capacity.servicesWaiting(inCluster: c) {
            for id in capacity.waitingTasks(of: waitingService) {
                let task = self[task: taskLocations[id]!.key]
                guard task.capacityProviderName == provider.name else { continue }
                waiting += Resources(cpu: task.cpu, memory: task.memory)
                waitingCount += 1
            }
        }
        if waitingCount > 0, let type = InstanceType.named(group.launchTemplate.instanceType) {
            let byCPU = (waiting.cpu + type.registeredResources.cpu - 1) / max(1, type.registeredResources.cpu)
            let byMemory = (waiting.memory + type.registeredResources.memory - 1) / max(1, type.registeredResources.memory)
            demand.forWaitingTasks = max(1, byCPU, byMemory)
        }
        return demand
    }

    private func scaleOut(cluster c: Int, group g: Int, demand: CapacityDemand, scaling: CapacityProvider.ManagedScaling) {
        let group = clusters[c].autoScalingGroups[g]
        let wanted = Int((Double(demand.needed) * 100 / Double(scaling.targetCapacity)).rounded(.up))
        let step = min(max(wanted - demand.running, scaling.minimumScalingStepSize), scaling.maximumScalingStepSize)
        let desired = min(group.maxSize, max(group.desiredCapacity, demand.running + step))
        guard desired > group.desiredCapacity else { return }
        clusters[c].autoScalingGroups[g].desiredCapacity = desired
        checkGroup(cluster: c, group: g)
    }

    /// Terminates idle instances down toward the target (never below minSize); true when it acted.
    private func scaleIn(cluster c: Int, group g: Int, demand: CapacityDemand, scaling: CapacityProvider.ManagedScaling) -> Bool {
        let group = clusters[c].autoScalingGroups[g]
        let warmUp = Double(scaling.instanceWarmupPeriod)
        if group.instances.contains(where: {
            $0.lifecycleState == .pending || ($0.lifecycleState == .inService && date(now).timeIntervalSince($0.launchedAt) < warmUp)
        }) { return false }
        let wanted = max(group.minSize, Int((Double(demand.needed) * 100 / Double(scaling.targetCapacity)).rounded(.up)))
        var excess = demand.running - wanted
        guard excess > 0 else { return false }
        // Idle: InService, registered ACTIVE with nothing on it. EC2 Auto Scaling's default termination
        // policy: the zone with the most instances first, then the oldest instance.
        var idle: [AutoScalingGroup.Instance] = group.instances.filter { member in
            guard member.lifecycleState == .inService, let key = capacity.instance(ofEC2: member.ec2InstanceID) else { return false }
            let instance = self[instance: key]
            return instance.status == .active && instance.runningTasksCount == daemonTasks(on: key)
                && instance.pendingTasksCount == 0
        }
        var terminated = 0
        while excess > 0, !idle.isEmpty {
            let live = clusters[c].autoScalingGroups[g].instances.filter { $0.lifecycleState == .inService || $0.lifecycleState == .pending }
            func zoneCount(_ zone: String) -> Int { live.count { $0.availabilityZone == zone } }
            let k = idle.indices.min { a, b in
                let (za, zb) = (zoneCount(idle[a].availabilityZone), zoneCount(idle[b].availabilityZone))
                return za != zb ? za > zb : idle[a].launchedAt < idle[b].launchedAt
            }!
            let victim = idle.remove(at: k)
            clusters[c].autoScalingGroups[g].desiredCapacity = max(group.minSize, clusters[c].autoScalingGroups[g].desiredCapacity - 1)
            terminateEC2Instance(victim.ec2InstanceID)
            excess -= 1
            terminated += 1
        }
        return terminated > 0
    }

    /// Tasks of DAEMON services on `instance`: they go wherever instances are, so they make no
    /// instance busy (an instance that runs only its daemons is idle to managed scaling).
    func daemonTasks(on instance: InstanceKey) -> Int {
        let state = clusterStates[instance.cluster]
        return state.placementIndex.daemonServices.reduce(0) { $0 + Int(state.services[$1].tasksPerInstance[instance.index]) }
    }
}
