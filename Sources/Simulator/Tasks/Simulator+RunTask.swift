/// RunTask: standalone tasks on EC2 (random placement unless strategies are given) or Fargate.
extension Simulator {
    /// RunTask's per-call limit.
    static let runTaskCountLimit = 10

    /// Starts up to `count` tasks. Tasks that fit nowhere are not an error: they come back as failures,
    /// RunTask's `failures`: the closest container instance's ARN and the reason (`RESOURCE:CPU`,
    /// `RESOURCE:MEMORY`, `RESOURCE:PORTS`, `RESOURCE:ENI`, `AGENT`, `MemberOf placement constraint
    /// unsatisfied.`, `DistinctInstance placement constraint unsatisfied.`).
    @discardableResult
    func runTasks(_ request: RunTaskRequest) throws(ECSError) -> (tasks: [String], failures: [CommandOutcome.Failure]) {
        guard let c = clusterIndex(referencedBy: request.cluster) else { throw .clusterNotFound() }
        guard (1...Self.runTaskCountLimit).contains(request.count) else {
            throw .invalidParameter("count must be between 1 and \(Self.runTaskCountLimit).")
        }
        // A standalone task has no service whose tags it could take.
        guard request.propagateTags != .service else {
            throw .invalidParameter("SERVICE is not a valid value for propagateTags when running a task.")
        }
        // Without a launch type or a strategy of its own, the cluster's default strategy, as ECS does.
        var request = request
        if request.launchType == nil, request.capacityProviderStrategy.isEmpty {
            request.capacityProviderStrategy = clusters[c].cluster.defaultCapacityProviderStrategy
        }
        let definition = try launchableTaskDefinition(request.taskDefinition)  // An INACTIVE revision launches nothing.
        try CapacityProviderStrategyRules.validate(
            request.capacityProviderStrategy, launchType: request.launchType,
            associated: clusters[c].cluster.capacityProviders)
        let launch = try ServiceRules.effectiveLaunchType(request.launchType, request.capacityProviderStrategy)
        try definition.ensureSupports(launch)
        try PlacementPlan.validate(strategies: request.placementStrategy, constraints: request.placementConstraints)
        var plan = try PlacementPlan(
            launchType: launch,
            strategies: request.placementStrategy.isEmpty ? [PlacementStrategy(type: .random)] : request.placementStrategy,
            constraints: request.placementConstraints, capacityProviderStrategy: request.capacityProviderStrategy)
        let group = request.group ?? "family:\(definition.family)"

        if launch == .fargate {
            var tasks: [String] = []
            for _ in 0..<request.count {
                let provider = nextFargateProvider(&plan)
                tasks.append(launchFargateTask(
                    definition, cluster: c, service: TaskKey.standalone, group: group, startedBy: request.startedBy,
                    capacityProvider: provider))
            }
            tagLaunchedStandaloneTasks(tasks, request, cluster: c)
            return (tasks, [])
        }
        guard clusters[c].instances.contains(where: { $0.status == .active }) else {
            throw .invalidParameter("No Container Instances were found in your cluster.")
        }
        // Spread and distinctInstance count the group's running standalone tasks.
        var perInstance = Array(repeating: Int32(0), count: clusters[c].instances.count)
        var perZone = Array(repeating: 0, count: clusterStates[c].zones.count)
        for task in clusters[c].standaloneTasks where task.desiredStatus == .running && task.group == group {
            guard let i = taskLocations[task.id]?.instance, i >= 0 else { continue }
            perInstance[i] += 1
            perZone[Int(self[slot: InstanceKey(cluster: c, index: i)].zone)] += 1
        }
        var eligible = eligibility(cluster: c, plan: &plan)
        // An Auto Scaling group's capacity provider: only its instances (the strategy's first provider).
        // Simplified: with no room there the task fails instead of waiting in PROVISIONING.
        let provider = request.capacityProviderStrategy.first?.capacityProvider
        if let provider {
            eligible = clusters[c].instances.enumerated().map { i, instance in
                instance.capacityProviderName == provider && (eligible?[i] ?? true)
            }
        }
        var tasks: [String] = []
        var failures: [CommandOutcome.Failure] = []
        for _ in 0..<request.count {
            let placement = placementRequest(
                cluster: c, definition: definition, plan: plan, eligible: eligible, perInstance: perInstance)
            guard let i = choosePlacement(cluster: c, placement, perInstance: perInstance, perZone: perZone) else {
                switch placementFailure(cluster: c, placement, perInstance: perInstance) {
                case .closestMatch(let id, let filter):
                    let arn = names.containerInstanceARN(cluster: clusters[c].cluster.name, id: id)
                    failures.append(CommandOutcome.Failure(arn: arn, reason: filter.reason))
                case .noContainerInstances:
                    failures.append(CommandOutcome.Failure(arn: nil, reason: "AGENT"))
                }
                continue
            }
            let id = launchTask(
                definition, cluster: c, service: TaskKey.standalone, instance: i, group: group,
                startedBy: request.startedBy)
            if let provider { self[task: taskLocations[id]!.key].capacityProviderName = provider }
            tasks.append(id)
            perInstance[i] += 1
            perZone[Int(self[slot: InstanceKey(cluster: c, index: i)].zone)] += 1
        }
        tagLaunchedStandaloneTasks(tasks, request, cluster: c)
        return (tasks, failures)
    }
}
