/// Placement's part of the full consistency check: ENIs never over-committed, private addresses unique,
/// one daemon task per instance, host-mode ports equal to container ports, Fargate tasks off instances.
/// O(all tasks): for tests only.
extension Simulator {
    func placementInvariantViolations() -> [String] {
        var problems: [String] = []
        for (c, snapshot) in clusters.enumerated() {
            let name = snapshot.cluster.name
            let state = clusterStates[c]
            var enis = Array(repeating: 0, count: snapshot.instances.count)
            var replicas = Array(repeating: Int32(0), count: snapshot.instances.count)
            var addresses = Set<String>()
            func check(_ task: Task, service: Int) {
                guard task.lastStatus != .stopped else { return }
                if let address = task.privateIPv4Address, !addresses.insert(address).inserted {
                    problems.append("\(name): address \(address) given to two tasks")
                }
                guard let i = taskLocations[task.id]?.instance else { return }
                if i == TaskLocation.fargate {
                    if task.privateIPv4Address == nil || task.capacityProviderName == nil {
                        problems.append("\(name): Fargate task \(task.id) lacks its address or capacity provider")
                    }
                    return
                }
                guard i >= 0 else { return }  // waiting for capacity: on no instance yet
                if task.privateIPv4Address != nil { enis[i] += 1 }
                if service != TaskKey.standalone, !state.services[service].plan.isDaemon { replicas[i] += 1 }
                if let definition = taskDefinition(of: task), definition.networkMode == .host {
                    for binding in task.containers.flatMap(\.networkBindings) where binding.hostPort != binding.containerPort {
                        problems.append("\(name): host-mode task \(task.id) binds \(binding.hostPort) for \(binding.containerPort)")
                    }
                }
            }
            for (s, service) in snapshot.services.enumerated() {
                var daemonTasks = Array(repeating: 0, count: snapshot.instances.count)
                for task in service.tasks {
                    check(task, service: s)
                    if state.services[s].plan.isDaemon, task.desiredStatus == .running,
                       let i = taskLocations[task.id]?.instance, i >= 0 {
                        daemonTasks[i] += 1
                    }
                }
                if daemonTasks.contains(where: { $0 > 1 }) {
                    problems.append("\(name)/\(service.service.name): more than one daemon task on an instance")
                }
            }
            for task in snapshot.standaloneTasks { check(task, service: TaskKey.standalone) }
            for (i, instance) in snapshot.instances.enumerated() {
                let label = "\(name)/\(instance.id)"
                if instance.enisInUse != 1 + enis[i] { problems.append("\(label): enisInUse \(instance.enisInUse) ≠ 1 + \(enis[i]) tasks") }
                if instance.enisInUse > instance.eniLimit { problems.append("\(label): ENIs over-committed") }
                if Int(capacity[slot: InstanceKey(cluster: c, index: i)].freeENIs) != instance.eniLimit - instance.enisInUse {
                    problems.append("\(label): free ENIs out of step")
                }
                let counted = i < state.placementIndex.replicaTasksOnInstance.count ? state.placementIndex.replicaTasksOnInstance[i] : 0
                if counted != replicas[i] { problems.append("\(label): replica tasks \(counted) ≠ \(replicas[i])") }
            }
        }
        return problems
    }
}
