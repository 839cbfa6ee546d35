/// Services on a capacity provider strategy: each task goes to a provider by `base` and `weight`, then
/// onto that provider's Auto Scaling group instances by the service's own placement. When none has room the task
/// waits in PROVISIONING, without an instance, until managed scaling brings capacity — as ECS does,
/// instead of an "unable to place" event. FARGATE and FARGATE_SPOT are left to the placement code.
extension Simulator {
    /// Launches the service's next task on its capacity provider strategy: placed on the provider's
    /// instances, or left in PROVISIONING. nil when the service's next task does not go to an Auto
    /// Scaling group provider (no strategy, or FARGATE), so the ordinary placement runs.
    func launchOnCapacityProvider(_ key: ServiceKey) -> String? {
        guard let provider = capacityProviderForNextTask(key) else { return nil }
        let name = clusters[key.cluster].capacityProviders[provider].name
        let service = self[service: key].service
        let definition = self[state: key].taskDefinition
        let startedBy = service.primaryDeployment?.id ?? ""
        if let instance = placement(for: key, onCapacityProvider: name) {
            let id = launchTask(
                definition, cluster: key.cluster, service: key.service, instance: instance,
                group: "service:\(service.name)", startedBy: startedBy)
            self[task: taskLocations[id]!.key].capacityProviderName = name
            return id
        }
        return provisionTask(key, capacityProvider: name, definition: definition, startedBy: startedBy)
    }

    /// The provider index the strategy picks: first the providers whose `base` is not yet met (in
    /// order), then the one furthest below its share by `weight`. nil unless that is an Auto Scaling
    /// group provider of the cluster.
    func capacityProviderForNextTask(_ key: ServiceKey) -> Int? {
        let strategy = self[service: key].service.capacityProviderStrategy
        guard !strategy.isEmpty else { return nil }
        let chosen: String
        if strategy.count == 1 {
            chosen = strategy[0].capacityProvider
        } else {
            // O(tasks of the service), only for services that split over several providers.
            var counts = Array(repeating: 0, count: strategy.count)
            for task in self[service: key].tasks where task.desiredStatus == .running {
                if let k = strategy.firstIndex(where: { $0.capacityProvider == task.capacityProviderName }) { counts[k] += 1 }
            }
            if let k = strategy.indices.first(where: { counts[$0] < strategy[$0].base }) {
                chosen = strategy[k].capacityProvider
            } else {
                let weighted = strategy.indices.filter { strategy[$0].weight > 0 }
                let k = weighted.min {
                    Double(counts[$0] - strategy[$0].base) / Double(strategy[$0].weight)
                        < Double(counts[$1] - strategy[$1].base) / Double(strategy[$1].weight)
                } ?? 0
                chosen = strategy[k].capacityProvider
            }
        }
        return capacity.provider(named: chosen, inCluster: key.cluster)
    }

    /// The service's own placement (filters, strategies, constraints), over the provider's instances only.
    func placement(for key: ServiceKey, onCapacityProvider capacityProvider: String) -> Int? {
        let state = self[state: key]
        var request = placementRequest(for: key)
        request.eligible = clusters[key.cluster].instances.enumerated().map { i, instance in
            instance.capacityProviderName == capacityProvider && (request.eligible?[i] ?? true)
        }
        return choosePlacement(cluster: key.cluster, request, perInstance: state.tasksPerInstance, perZone: state.tasksPerZone)
    }

    // MARK: Waiting in PROVISIONING

    /// A task of the service with no instance, waiting for the provider's capacity.
    private func provisionTask(_ key: ServiceKey, capacityProvider: String, definition: TaskDefinition, startedBy: String) -> String {
        var id = generator.resourceID()
        while taskLocations[id] != nil { id = generator.resourceID() }
        let c = key.cluster
        let required = definition.requiredResources
        var task = Task(
            id: id, arn: names.taskARN(cluster: clusters[c].cluster.name, taskID: id), clusterARN: clusters[c].cluster.arn,
            taskDefinitionARN: definition.arn, containerInstanceID: nil, ec2InstanceID: nil, availabilityZone: "",
            group: "service:\(clusters[c].services[key.service].service.name)", startedBy: startedBy, cpu: required.cpu,
            memory: required.memory,
            containers: definition.containerDefinitions.map {
                Container(name: $0.name, image: $0.image, lastStatus: .pending, essential: $0.essential)
            },
            createdAt: date(now))
        task.capacityProviderName = capacityProvider
        _ = file(task, cluster: c, service: key.service, instance: TaskLocation.awaitingCapacity)
        capacity.waitForInstance(id, service: key)
        if !clusterStates[c].waitingServices.contains(key.service) { clusterStates[c].waitingServices.append(key.service) }
        return id
    }

    /// Places the service's waiting tasks, oldest first, while its provider's instances have room.
    func placeProvisioningTasks(_ key: ServiceKey) {
        let waiting = capacity.waitingTasks(of: key)
        guard !waiting.isEmpty else { return }
        var placed = 0
        for id in waiting {
            let task = self[task: taskLocations[id]!.key]
            guard let provider = task.capacityProviderName,
                  let instance = placement(for: key, onCapacityProvider: provider) else { break }
            place(id, on: instance)
            placed += 1
        }
        capacity.placedOldest(placed, of: key)
        if placed < waiting.count, !clusterStates[key.cluster].waitingServices.contains(key.service) {
            clusterStates[key.cluster].waitingServices.append(key.service)
        }
    }

    /// Gives a waiting task its instance: resources, ports and spread counts, as `launchTask` would
    /// have, and starts its lifecycle from PROVISIONING.
    private func place(_ id: String, on i: Int) {
        var location = taskLocations[id]!
        let c = location.cluster
        let state = self[state: ServiceKey(cluster: c, service: location.service)]
        // The task's own definition and reservation: a deployment may have moved the service on since.
        let waiting = self[task: location.key]
        let definition = taskDefinition(of: waiting) ?? state.taskDefinition
        let instance = self[instance: InstanceKey(cluster: c, index: i)]
        let (bindings, address) = reserve(definition, Resources(cpu: waiting.cpu, memory: waiting.memory), on: InstanceKey(cluster: c, index: i))
        modifyTask(location.key) { task in
            task.containerInstanceID = instance.id
            task.ec2InstanceID = instance.ec2InstanceID
            task.availabilityZone = instance.availabilityZone
            task.privateIPv4Address = address
            for k in task.containers.indices where k < bindings.count { task.containers[k].networkBindings = bindings[k] }
        }
        location.instance = i
        taskLocations[id] = location
        countPlacement(cluster: c, service: location.service, instance: i)
        scheduleStep(id, after: .seconds(in: LifecycleTimings.provisioning, using: &generator))
    }

    /// A waiting task that is stopped has nothing to clean up on an instance: it is STOPPED at once.
    func stopProvisioningTask(_ id: String, code: TaskStopCode, reason: String) {
        let location = taskLocations[id]!
        let (c, s) = (location.cluster, location.service)
        var startedBy: String?
        var previous = TaskStatus.provisioning
        modifyTask(location.key) { task in
            startedBy = task.startedBy
            previous = task.lastStatus
            task.desiredStatus = .stopped
            task.lastStatus = .stopped
            task.stoppingAt = self.date(self.now)
            task.stoppedAt = self.date(self.now)
            task.stopCode = code
            task.stoppedReason = reason
            for k in task.containers.indices { task.containers[k].lastStatus = .stopped }
        }
        if let kind = Self.counted(previous) { adjustCounts(location, kind: kind, by: -1, startedBy: startedBy) }
        let state = self[state: ServiceKey(cluster: c, service: s)]
        state.activeCount -= 1
        state.stoppedCount += 1
        capacity.stopWaiting(id, service: ServiceKey(cluster: c, service: s))
        expiryQueue.append(ExpiryEntry(stoppedAt: now, cluster: c, service: s))
        markDirty(ServiceKey(cluster: c, service: s))
        enforceStoppedRetentionLimit(ServiceKey(cluster: c, service: s))
    }

    // MARK: Invariants

    func provisioningTaskViolations(_ task: Task, cluster c: Int) -> [String] {
        var problems: [String] = []
        let label = "\(clusters[c].cluster.name): task \(task.id)"
        if task.containerInstanceID != nil { problems.append("\(label) has an instance but no instance index") }
        if task.lastStatus != .provisioning && task.lastStatus != .stopped { problems.append("\(label) is \(task.lastStatus) without an instance") }
        let location = taskLocations[task.id]!
        let waiting = location.key.serviceKey.map { capacity.waitingTasks(of: $0).contains(task.id) } ?? false
        if waiting != (task.lastStatus == .provisioning) { problems.append("\(label): waiting list membership is wrong") }
        return problems
    }
}
