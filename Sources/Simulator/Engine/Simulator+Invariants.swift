/// A full consistency check, recomputing from the tasks everything the engine keeps incrementally.
/// O(all tasks): for tests, not for the frame path.
extension Simulator {
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        var candidates = 0
        for (c, snapshot) in clusters.enumerated() {
            let name = snapshot.cluster.name
            let state = clusterStates[c]
            var reserved = Array(repeating: Resources.zero, count: snapshot.instances.count)
            var ports = Array(repeating: ContainerInstance.agentReservedPorts, count: snapshot.instances.count)
            var desiredRunning = Array(repeating: 0, count: snapshot.instances.count)
            var pendingOnInstance = Array(repeating: 0, count: snapshot.instances.count)
            var clusterRunning = 0
            var clusterPending = 0

            func account(_ task: Task, service: Int, index: Int) {
                if !seen.insert(task.id).inserted { problems.append("\(name): task \(task.id) appears twice") }
                guard let location = taskLocations[task.id] else {
                    problems.append("\(name): task \(task.id) missing from the index")
                    return
                }
                if location.cluster != c || location.service != service || location.key.index != index {
                    problems.append("\(name): task \(task.id) indexed at the wrong place")
                }
                if location.runningSlot >= 0 {
                    candidates += 1
                    if crashes.candidates[location.runningSlot] != task.id {
                        problems.append("\(name): task \(task.id) has a stale crash-candidate slot")
                    }
                }
                let shouldBeCandidate = task.lastStatus == .running && task.desiredStatus == .running
                if shouldBeCandidate != (location.runningSlot >= 0) {
                    problems.append("\(name): task \(task.id) crash-candidate membership is wrong")
                }
                let i = location.instance
                if i == TaskLocation.fargate {  // Fargate tasks count in the cluster only.
                    if task.containerInstanceID != nil || task.launchType != .fargate {
                        problems.append("\(name): Fargate task \(task.id) points at an instance")
                    }
                    if task.lastStatus == .running { clusterRunning += 1 }
                    if task.lastStatus == .pending { clusterPending += 1 }
                    return
                }
                // Capacity: tasks waiting in PROVISIONING have no instance; checked in their own file.
                if i == TaskLocation.awaitingCapacity {
                    problems += provisioningTaskViolations(task, cluster: c)
                    if task.lastStatus == .pending { clusterPending += 1 }
                    return
                }
                guard snapshot.instances.indices.contains(i), snapshot.instances[i].id == task.containerInstanceID else {
                    problems.append("\(name): task \(task.id) points at the wrong instance")
                    return
                }
                if task.lastStatus == .running { clusterRunning += 1 }
                if task.lastStatus == .pending {
                    clusterPending += 1
                    pendingOnInstance[i] += 1
                }
                if task.desiredStatus == .running { desiredRunning[i] += 1 }
                if task.lastStatus > task.desiredStatus && task.desiredStatus == .running {
                    problems.append("\(name): task \(task.id) is past RUNNING but meant to run")
                }
                guard task.lastStatus != .stopped else { return }
                reserved[i] += Resources(cpu: task.cpu, memory: task.memory)
                for binding in task.containers.flatMap(\.networkBindings) where binding.protocol == .tcp {
                    if !ports[i].insert(binding.hostPort).inserted {
                        problems.append("\(name): port \(binding.hostPort) bound twice on \(snapshot.instances[i].id)")
                    }
                }
            }

            for (s, service) in snapshot.services.enumerated() {
                let serviceState = state.services[s]
                var running = 0, pending = 0, active = 0, activeRunning = 0, draining = 0, stopped = 0, stopping = 0
                var perInstance = Array(repeating: Int32(0), count: snapshot.instances.count)
                var fargatePerZone = Array(repeating: 0, count: state.zones.count)
                for (index, task) in service.tasks.enumerated() {
                    account(task, service: s, index: index)
                    if task.group != "service:\(service.service.name)" {
                        problems.append("\(name)/\(service.service.name): task \(task.id) has group \(task.group)")
                    }
                    if task.lastStatus == .running { running += 1 }
                    if task.lastStatus == .pending { pending += 1 }
                    if task.lastStatus == .stopped { stopped += 1 }
                    if task.desiredStatus == .stopped && task.lastStatus != .stopped { stopping += 1 }
                    guard task.desiredStatus == .running, let i = taskLocations[task.id]?.instance else { continue }
                    active += 1
                    guard i != TaskLocation.awaitingCapacity else { continue }  // Capacity: waiting in PROVISIONING.
                    if task.lastStatus == .running { activeRunning += 1 }
                    guard i != TaskLocation.fargate else {
                        fargatePerZone[state.zones.firstIndex(of: task.availabilityZone) ?? 0] += 1
                        continue
                    }
                    perInstance[i] += 1
                    if snapshot.instances[i].status == .draining { draining += 1 }
                }
                let label = "\(name)/\(service.service.name)"
                if service.service.runningCount != running { problems.append("\(label): runningCount \(service.service.runningCount) ≠ \(running)") }
                if service.service.pendingCount != pending { problems.append("\(label): pendingCount \(service.service.pendingCount) ≠ \(pending)") }
                let deploymentRunning = service.service.deployments.reduce(0) { $0 + $1.runningCount }
                let deploymentPending = service.service.deployments.reduce(0) { $0 + $1.pendingCount }
                if deploymentRunning != running || deploymentPending != pending {
                    problems.append("\(label): deployment counts \(deploymentRunning)/\(deploymentPending) ≠ \(running)/\(pending)")
                }
                if serviceState.activeCount != active { problems.append("\(label): active \(serviceState.activeCount) ≠ \(active)") }
                if serviceState.activeRunningCount != activeRunning { problems.append("\(label): active running \(serviceState.activeRunningCount) ≠ \(activeRunning)") }
                if serviceState.drainingActiveCount != draining { problems.append("\(label): draining \(serviceState.drainingActiveCount) ≠ \(draining)") }
                if serviceState.stoppingCount != stopping { problems.append("\(label): stopping \(serviceState.stoppingCount) ≠ \(stopping)") }
                if serviceState.stoppedCount != stopped { problems.append("\(label): stopped \(serviceState.stoppedCount) ≠ \(stopped)") }
                if serviceState.tasksPerInstance != perInstance { problems.append("\(label): per-instance spread counts are off") }
                var perZone = fargatePerZone
                for (i, count) in perInstance.enumerated() { perZone[Int(capacity[slot: InstanceKey(cluster: c, index: i)].zone)] += Int(count) }
                if serviceState.tasksPerZone != perZone { problems.append("\(label): per-zone spread counts are off") }
                if service.service.events.count > ServiceEvent.limit { problems.append("\(label): more than \(ServiceEvent.limit) events") }
                if service.service.desiredCount < 0 { problems.append("\(label): negative desiredCount") }
            }
            var standaloneStopped = 0
            for (index, task) in snapshot.standaloneTasks.enumerated() {
                account(task, service: TaskKey.standalone, index: index)
                if task.lastStatus == .stopped { standaloneStopped += 1 }
                if task.group.hasPrefix("service:") { problems.append("\(name): standalone task \(task.id) has group \(task.group)") }
            }
            if standaloneStopped != state.stoppedStandaloneCount { problems.append("\(name): stopped standalone count is off") }

            for (i, instance) in snapshot.instances.enumerated() {
                let label = "\(name)/\(instance.id)"
                let expected = instance.registeredResources - reserved[i]
                if instance.remainingResources != expected {
                    problems.append("\(label): remaining \(instance.remainingResources) ≠ registered − reserved \(expected)")
                }
                if expected.cpu < 0 || expected.memory < 0 { problems.append("\(label): over-committed (\(expected))") }
                if instance.usedPorts != ports[i] { problems.append("\(label): usedPorts differ from the bound ports") }
                if instance.runningTasksCount != desiredRunning[i] { problems.append("\(label): runningTasksCount \(instance.runningTasksCount) ≠ \(desiredRunning[i])") }
                if instance.pendingTasksCount != pendingOnInstance[i] { problems.append("\(label): pendingTasksCount \(instance.pendingTasksCount) ≠ \(pendingOnInstance[i])") }
                let slot = capacity[slot: InstanceKey(cluster: c, index: i)]
                if Int(slot.remainingCPU) != instance.remainingResources.cpu || Int(slot.remainingMemory) != instance.remainingResources.memory
                    || slot.placeable != isPlaceable(instance) {
                    problems.append("\(label): placement slot out of step")
                }
                if capacity.instance(id: instance.id, inCluster: c) != InstanceKey(cluster: c, index: i) { problems.append("\(label): instance index is off") }
            }
            let cluster = snapshot.cluster
            if cluster.runningTasksCount != clusterRunning { problems.append("\(name): runningTasksCount \(cluster.runningTasksCount) ≠ \(clusterRunning)") }
            if cluster.pendingTasksCount != clusterPending { problems.append("\(name): pendingTasksCount \(cluster.pendingTasksCount) ≠ \(clusterPending)") }
            // Capacity: ECS counts ACTIVE and DRAINING instances as registered.
            let registered = snapshot.instances.count(where: { $0.status == .active || $0.status == .draining })
            if cluster.registeredContainerInstancesCount != registered { problems.append("\(name): instance count is off") }
            let active = snapshot.services.count(where: { $0.service.status == ServiceStatus.active })
            if cluster.activeServicesCount != active { problems.append("\(name): service count is off") }
        }
        if taskLocations.count != seen.count { problems.append("index holds \(taskLocations.count) tasks, snapshot \(seen.count)") }
        if candidates != crashes.candidates.count { problems.append("crash candidates \(crashes.candidates.count) ≠ \(candidates)") }
        problems += placementInvariantViolations()
        problems += capacityAndScalingViolations()
        problems += rolloutViolations()
        problems += deletedServiceViolations()
        return problems
    }
}
