/// The consistency check for deployments, target groups and health, recomputed from the tasks and the
/// targets. O(all tasks and targets): for tests.
extension Simulator {
    func rolloutViolations() -> [String] {
        var problems: [String] = []
        var registered: [String: Int] = [:]
        for (c, snapshot) in clusters.enumerated() {
            let name = snapshot.cluster.name
            // Targets: each one a live task's, indexed where it is, draining exactly when its task stops.
            for (t, group) in snapshot.targetGroups.enumerated() {
                let state = loadBalancing.targetGroups[c][t]
                let label = "\(name)/\(group.name)"
                if state.records.count != group.targets.count || state.indexByTask.count != group.targets.count {
                    problems.append("\(label): \(group.targets.count) targets, \(state.records.count) records, \(state.indexByTask.count) indexed")
                    continue
                }
                for (k, target) in group.targets.enumerated() {
                    guard let id = target.taskID, state.records[k].taskID == id, state.indexByTask[id] == k else {
                        problems.append("\(label): target \(k) is indexed wrongly")
                        continue
                    }
                    registered[id, default: 0] += 1
                    guard let location = taskLocations[id] else {
                        problems.append("\(label): target of unknown task \(id)")
                        continue
                    }
                    let task = self[task: location.key]
                    if task.lastStatus == .stopped || task.lastStatus < .activating {
                        problems.append("\(label): task \(id) is registered while \(task.lastStatus)")
                    }
                    if (target.state == .draining) != state.records[k].isDraining {
                        problems.append("\(label): target of \(id) is \(target.state) but its record disagrees")
                    }
                    if target.state == .draining && task.lastStatus != .deactivating {
                        problems.append("\(label): task \(id) drains while \(task.lastStatus)")
                    }
                    if loadBalancing.tasks[id] == nil { problems.append("\(label): task \(id) is registered but not tracked") }
                }
            }
            for (s, serviceSnapshot) in snapshot.services.enumerated() {
                let service = serviceSnapshot.service
                let health = self[state: ServiceKey(cluster: c, service: s)].health
                let label = "\(name)/\(service.name)"
                var healthy = 0
                for task in serviceSnapshot.tasks where task.desiredStatus == .running {
                    if let checked = loadBalancing.tasks[task.id] {
                        var healthyTargets = 0
                        for b in checked.bindings {
                            let t = health.bindings[b].targetGroup
                            if let k = loadBalancing.targetIndex(of: task.id, inGroup: t, cluster: c),
                               snapshot.targetGroups[t].targets[k].state == .healthy { healthyTargets += 1 }
                        }
                        if healthyTargets != checked.healthyTargets { problems.append("\(label): task \(task.id) healthy targets are off") }
                        let expected = task.lastStatus == .running && healthyTargets == checked.bindings.count
                            && (checked.containerHealth == nil || checked.containerHealth == .healthy)
                        if expected != checked.isCountedHealthy { problems.append("\(label): task \(task.id) health is off") }
                        if checked.isCountedHealthy { healthy += 1 }
                    } else if task.lastStatus == .running {
                        healthy += 1
                    }
                    // Meant to run and past PENDING: registered with every target group of the service.
                    if task.lastStatus >= .activating, task.lastStatus <= .running, !health.bindings.isEmpty,
                       loadBalancing.tasks[task.id]?.bindings.count != health.bindings.count {
                        problems.append("\(label): task \(task.id) is \(task.lastStatus) but not registered")
                    }
                }
                if healthy != health.healthyCount { problems.append("\(label): healthy \(health.healthyCount) ≠ \(healthy)") }

                // Deployments: one PRIMARY first, then ACTIVE ones; no INACTIVE one listed.
                let primaries = service.deployments.filter { $0.status == .primary }
                if primaries.count != 1 || service.deployments.first?.status != .primary {
                    problems.append("\(label): \(primaries.count) PRIMARY deployments, or not first")
                }
                if service.deployments.contains(where: { $0.status == .inactive }) { problems.append("\(label): INACTIVE deployment listed") }
                if let primary = primaries.first {
                    if primary.taskDefinitionARN != service.taskDefinitionARN { problems.append("\(label): task definition ≠ PRIMARY's") }
                    if primary.desiredCount != service.desiredCount { problems.append("\(label): PRIMARY desiredCount ≠ service's") }
                    if primary.taskDefinitionARN != self[state: ServiceKey(cluster: c, service: s)].taskDefinition.arn {
                        problems.append("\(label): launches from another task definition than the PRIMARY's")
                    }
                }
                if Set(service.deployments.map(\.id)).count != service.deployments.count { problems.append("\(label): deployment ids repeat") }
                let ids = Set(service.deployments.map(\.id))
                for task in serviceSnapshot.tasks where task.desiredStatus == .running && task.lastStatus <= .running {
                    if !ids.contains(task.startedBy ?? "") { problems.append("\(label): task \(task.id) of unlisted deployment \(task.startedBy ?? "-")") }
                }
                if service.deployments.contains(where: { $0.failedTasks < 0 || $0.desiredCount < 0 }) {
                    problems.append("\(label): negative deployment counts")
                }
            }
        }
        for (id, checked) in loadBalancing.tasks {
            if (registered[id] ?? 0) != checked.bindings.count { problems.append("task \(id): registered \(registered[id] ?? 0) times, tracked \(checked.bindings.count)") }
        }
        return problems.sorted()
    }
}
