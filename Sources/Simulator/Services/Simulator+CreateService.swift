/// CreateService: REPLICA or DAEMON, on EC2 or Fargate, with placement strategies and constraints.
/// Load balancers link the service's tasks to target groups.
extension Simulator {
    @discardableResult
    func createService(_ request: ServiceCreation) throws(ECSError) -> Service {
        guard let c = clusterIndex(referencedBy: request.cluster) else { throw .clusterNotFound() }
        // Without a launch type or a strategy of its own, a REPLICA service uses the cluster's default
        // capacity provider strategy, as ECS does.
        var request = request
        if request.launchType == nil, request.capacityProviderStrategy.isEmpty, request.schedulingStrategy == .replica {
            request.capacityProviderStrategy = clusters[c].cluster.defaultCapacityProviderStrategy
        }
        let name = request.serviceName
        try ServiceRules.validateServiceName(name)
        try ServiceRules.validate(deploymentConfiguration: request.deploymentConfiguration)
        try ServiceRules.validate(healthCheckGracePeriodSeconds: request.healthCheckGracePeriodSeconds)
        // A deleted (INACTIVE) service's name may be taken again; the new service gets a slot of its own.
        if let existing = clusterStates[c].serviceIndexByName[name],
           clusters[c].services[existing].service.status != ServiceStatus.inactive {
            throw .invalidParameter("Creation of service was not idempotent.")
        }
        // Quota refusals: ECS's limits, in words of our own.
        guard clusters[c].services.count < ServiceRules.servicesPerClusterLimit else {
            throw .invalidParameter("The cluster already has the maximum of \(ServiceRules.servicesPerClusterLimit) services.")
        }
        let definition = try launchableTaskDefinition(request.taskDefinition)  // An INACTIVE revision launches nothing.
        if request.schedulingStrategy == .replica {
            guard request.desiredCount >= 0 else {
                throw .invalidParameter("Invalid desiredCount \(request.desiredCount): it must be zero or greater.")
            }
            guard request.desiredCount <= ServiceRules.desiredCountLimit else {
                throw .invalidParameter(
                    "The desired count \(request.desiredCount) is over the limit of \(ServiceRules.desiredCountLimit) tasks per service.")
            }
        }
        let configuration = ServiceRules.deploymentConfiguration(
            request.deploymentConfiguration, for: request.schedulingStrategy)
        try CapacityProviderStrategyRules.validate(
            request.capacityProviderStrategy, launchType: request.launchType,
            associated: clusters[c].cluster.capacityProviders)
        let launch = try ServiceRules.validate(
            schedulingStrategy: request.schedulingStrategy, launchType: request.launchType,
            capacityProviderStrategy: request.capacityProviderStrategy, strategies: request.placementStrategy,
            constraints: request.placementConstraints, definition: definition, deploymentConfiguration: configuration)
        let plan = try PlacementPlan(
            launchType: launch, isDaemon: request.schedulingStrategy == .daemon,
            strategies: request.placementStrategy.isEmpty ? PlacementStrategy.defaultForServices : request.placementStrategy,
            constraints: request.placementConstraints, capacityProviderStrategy: request.capacityProviderStrategy)
        let bindings = try targetBindings(for: request.loadBalancers, cluster: c, definition: definition)
        try ResourceTag.validate(request.tags)

        // Everything is valid: from here on nothing throws.
        let desired = request.schedulingStrategy == .daemon ? 0 : request.desiredCount
        var deployment = Deployment(
            id: generator.deploymentID(), taskDefinitionARN: definition.arn, desiredCount: desired, launchType: launch,
            createdAt: date(now), updatedAt: date(now))
        deployment.rolloutStateReason = "ECS deployment \(deployment.id) in progress."
        var service = Service(
            name: name, arn: names.serviceARN(cluster: clusters[c].cluster.name, service: name),
            clusterARN: clusters[c].cluster.arn, taskDefinitionARN: definition.arn, desiredCount: desired,
            launchType: launch, schedulingStrategy: request.schedulingStrategy, deploymentConfiguration: configuration,
            deployments: [deployment], createdAt: date(now),
            placementStrategy: request.placementStrategy, placementConstraints: request.placementConstraints,
            healthCheckGracePeriodSeconds: request.healthCheckGracePeriodSeconds,
            capacityProviderStrategy: request.capacityProviderStrategy)
        service.propagateTags = request.propagateTags
        service.enableECSManagedTags = request.enableECSManagedTags
        service.enableExecuteCommand = request.enableExecuteCommand
        service.networkConfiguration = request.networkConfiguration
        // Its own tags, not those of a deleted service of the same name (same ARN).
        tagsByARN[service.arn] = request.tags.isEmpty ? nil : request.tags
        let s = clusters[c].services.count
        let state = ServiceState(
            taskDefinition: definition, instanceCount: clusters[c].instances.count,
            zoneCount: clusterStates[c].zones.count, workload: WorkloadModel(using: &generator))
        state.plan = plan
        clusters[c].services.append(ServiceSnapshot(service: service))
        clusters[c].cluster.activeServicesCount += 1
        clusterStates[c].services.append(state)
        clusterStates[c].serviceIndexByName[name] = s
        bind(bindings, cluster: c, service: s)
        if plan.isDaemon { clusterStates[c].placementIndex.daemonServices.append(s) }
        markDirty(ServiceKey(cluster: c, service: s))
        return clusters[c].services[s].service
    }

    /// Applies a scenario service's launch type, scheduling strategy and placement to service `s`, as
    /// CreateService would have. The scenario was validated, so this cannot fail.
    func applyScenarioPlacement(_ spec: Scenario.ServicePlacement, cluster c: Int, service s: Int) {
        let state = self[state: ServiceKey(cluster: c, service: s)]
        let given = clusters[c].services[s].service.deploymentConfiguration
        let configuration = ServiceRules.deploymentConfiguration(given, for: spec.schedulingStrategy)
        guard let launch = try? ServiceRules.validate(
            schedulingStrategy: spec.schedulingStrategy, launchType: spec.launchType,
            capacityProviderStrategy: spec.capacityProviderStrategy, strategies: spec.placementStrategy,
            constraints: spec.placementConstraints, definition: state.taskDefinition, deploymentConfiguration: configuration),
            let plan = try? PlacementPlan(
                launchType: launch, isDaemon: spec.schedulingStrategy == .daemon,
                strategies: spec.placementStrategy.isEmpty ? PlacementStrategy.defaultForServices : spec.placementStrategy,
                constraints: spec.placementConstraints, capacityProviderStrategy: spec.capacityProviderStrategy)
        else { preconditionFailure("scenario placement was validated") }
        state.plan = plan
        clusters[c].services[s].service.launchType = launch
        clusters[c].services[s].service.schedulingStrategy = spec.schedulingStrategy
        clusters[c].services[s].service.deploymentConfiguration = configuration
        clusters[c].services[s].service.placementStrategy = spec.placementStrategy
        clusters[c].services[s].service.placementConstraints = spec.placementConstraints
        clusters[c].services[s].service.capacityProviderStrategy = spec.capacityProviderStrategy
        for d in clusters[c].services[s].service.deployments.indices {
            clusters[c].services[s].service.deployments[d].launchType = launch
        }
        if plan.isDaemon {
            clusters[c].services[s].service.desiredCount = 0
            for d in clusters[c].services[s].service.deployments.indices {
                clusters[c].services[s].service.deployments[d].desiredCount = 0
            }
            clusterStates[c].placementIndex.daemonServices.append(s)
        }
    }
}
