/// Fargate: tasks run on capacity AWS provides, not on the cluster's instances. No instance resources are
/// reserved; each task gets its own ENI and private IP in a zone chosen by spreading the service's tasks
/// over the cluster's zones; PROVISIONING and PENDING take tens of seconds.
///
/// Simplified: Fargate capacity never runs out, FARGATE_SPOT tasks are never interrupted, and placement
/// strategies and constraints don't apply (ECS doesn't support them on Fargate either).
extension Simulator {
    static let fargateProviders = Set(CapacityProviderStrategyItem.fargateProviders)

    /// Creates a Fargate task; `service` is a service index or `TaskKey.standalone`. The capacity
    /// provider defaults to the service's strategy (FARGATE without one).
    @discardableResult
    func launchFargateTask(
        _ definition: TaskDefinition, cluster c: Int, service: Int, group: String, startedBy: String?,
        capacityProvider: String? = nil
    ) -> String {
        var id = generator.resourceID()
        while taskLocations[id] != nil { id = generator.resourceID() }
        let zone = fargateZone(cluster: c, service: service)
        let provider: String
        if let capacityProvider {
            provider = capacityProvider
        } else if service != TaskKey.standalone {
            provider = nextFargateProvider(&self[state: ServiceKey(cluster: c, service: service)].plan)
        } else {
            provider = "FARGATE"
        }
        let containers = definition.containerDefinitions.map { container in
            Container(name: container.name, image: container.image, lastStatus: .pending, essential: container.essential)
        }
        let required = definition.requiredResources
        var task = Task(
            id: id, arn: names.taskARN(cluster: clusters[c].cluster.name, taskID: id), clusterARN: clusters[c].cluster.arn,
            taskDefinitionARN: definition.arn, containerInstanceID: nil, ec2InstanceID: nil,
            availabilityZone: clusterStates[c].zones[zone], launchType: .fargate, group: group, startedBy: startedBy,
            cpu: required.cpu, memory: required.memory, containers: containers, createdAt: date(now))
        task.privateIPv4Address = privateAddress(cluster: c, zone: zone)
        task.capacityProviderName = provider

        let location = file(task, cluster: c, service: service, instance: TaskLocation.fargate)
        if !location.isStandalone { self[state: ServiceKey(cluster: c, service: service)].tasksPerZone[zone] += 1 }
        scheduleStep(id, after: .seconds(in: LaunchTimings.fargateProvisioning, using: &generator))
        return id
    }

    /// The zone with the fewest of the service's tasks (ties at random); any zone for standalone tasks.
    private func fargateZone(cluster c: Int, service: Int) -> Int {
        let zones = clusterStates[c].zones.count
        guard service != TaskKey.standalone else { return generator.index(below: zones) }
        let perZone = self[state: ServiceKey(cluster: c, service: service)].tasksPerZone
        let fewest = perZone.min() ?? 0
        let tied = perZone.indices.filter { perZone[$0] == fewest }
        return tied[generator.index(below: tied.count)]
    }

    /// Splits a service's Fargate tasks over its capacity provider strategy: `base` tasks to the provider
    /// that has one, then in proportion to the weights. (Simplified: counts launches, not running tasks.)
    func nextFargateProvider(_ plan: inout PlacementPlan) -> String {
        let items = plan.capacityProviderStrategy.filter { Self.fargateProviders.contains($0.capacityProvider) }
        defer { plan.fargateLaunches += 1 }
        guard !items.isEmpty else { return "FARGATE" }
        var n = plan.fargateLaunches
        if let based = items.first(where: { $0.base > 0 }) {
            if n < based.base { return based.capacityProvider }
            n -= based.base
        }
        let weighted = items.filter { $0.weight > 0 }
        guard !weighted.isEmpty else { return items[0].capacityProvider }
        var slot = n % weighted.reduce(0) { $0 + $1.weight }
        for item in weighted {
            if slot < item.weight { return item.capacityProvider }
            slot -= item.weight
        }
        return weighted[0].capacityProvider
    }

    /// Scale-in for a Fargate service: tasks not yet RUNNING first (newest first), then from the zone with
    /// the most of the service's tasks, newest first there.
    func fargateScaleInVictims(_ key: ServiceKey, count: Int) -> [String] {
        let zones = clusterStates[key.cluster].zones
        var pending: [String] = []
        var byZone = Array(repeating: [String](), count: zones.count)
        for task in self[service: key].tasks where task.desiredStatus == .running {
            if task.lastStatus < .running {
                pending.append(task.id)
            } else if let z = zones.firstIndex(of: task.availabilityZone) {
                byZone[z].append(task.id)
            }
        }
        var victims = Array(pending.reversed().prefix(count))
        var perZone = self[state: key].tasksPerZone
        for id in victims {
            if let location = taskLocations[id], let z = zones.firstIndex(of: self[task: location.key].availabilityZone) {
                perZone[z] -= 1
            }
        }
        while victims.count < count {
            let candidates = byZone.indices.filter { !byZone[$0].isEmpty }
            guard let most = candidates.map({ perZone[$0] }).max() else { break }
            let tied = candidates.filter { perZone[$0] == most }
            let z = tied[generator.index(below: tied.count)]
            victims.append(byZone[z].removeLast())
            perZone[z] -= 1
        }
        return victims
    }
}
