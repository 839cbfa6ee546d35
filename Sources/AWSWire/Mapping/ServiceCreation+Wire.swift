import ECSModel

// MARK: Request shape → ECSModel

extension ServiceCreation {
    /// CreateService's members the simulation models. `cluster` is the cluster's local name, as the
    /// caller resolved `request.cluster`; `networkMode` the task definition's (nil when there is none,
    /// which the simulator refuses), which decides whether a network configuration is due.
    public init(_ request: ECSShapes.CreateServiceRequest, cluster: String, networkMode: NetworkMode?) throws(ECSError) {
        let serviceName = try RequestMember.required(request.serviceName, "serviceName")
        let taskDefinition = try RequestMember.required(request.taskDefinition, "taskDefinition")
        if !(request.serviceRegistries ?? []).isEmpty {
            throw .client("ecstop serve has no Cloud Map: serviceRegistries cannot be given in CreateService.")
        }
        switch request.deploymentController?.type {
        case nil, .ecs?: break
        case .unknown(let value)?: throw .invalidParameter("\(value) is not a valid value for deploymentController.type.")
        case let controller?:
            throw .client("ecstop simulates ECS's rolling deployments only, not the \(controller.rawValue) deployment controller.")
        }
        try RequestMember.refuseUnmodelled(request, keeping: Self.modelledMembers, in: "CreateService")
        try RequestMember.checkPlatformVersion(request.platformVersion)
        let launchType = try RequestMember.value(request.launchType, "launchType", as: LaunchType.self)
        let network = try AwsVpcConfiguration.checked(
            request.networkConfiguration, networkMode: networkMode, launchType: launchType)
        self.init(
            cluster: cluster, serviceName: serviceName, taskDefinition: taskDefinition,
            desiredCount: request.desiredCount ?? 0, launchType: launchType,
            capacityProviderStrategy: try CapacityProviderStrategyItem.list(request.capacityProviderStrategy),
            schedulingStrategy: try RequestMember.value(request.schedulingStrategy, "schedulingStrategy") ?? .replica,
            deploymentConfiguration: try request.deploymentConfiguration.map(DeploymentConfiguration.requested)
                ?? DeploymentConfiguration(),
            loadBalancers: try LoadBalancer.list(request.loadBalancers),
            healthCheckGracePeriodSeconds: request.healthCheckGracePeriodSeconds ?? 0,
            placementStrategy: try PlacementStrategy.list(request.placementStrategy),
            placementConstraints: try PlacementConstraint.list(request.placementConstraints),
            propagateTags: try RequestMember.value(request.propagateTags, "propagateTags") ?? .none,
            enableECSManagedTags: request.enableECSManagedTags ?? false,
            enableExecuteCommand: request.enableExecuteCommand ?? false,
            // Given to the simulator, not tagged afterwards: the first tasks launch with the service.
            tags: try ResourceTag.list(request.tags) ?? [])
        networkConfiguration = network
    }

    /// `clientToken` is taken and not kept: every CreateService here is answered at once, so a retry
    /// with the same token finds the service and is refused as a duplicate, where ECS would answer it.
    static let modelledMembers: Set<String> = [
        "platformVersion",
        "cluster", "serviceName", "taskDefinition", "loadBalancers", "serviceRegistries", "desiredCount", "clientToken",
        "launchType", "capacityProviderStrategy", "deploymentConfiguration", "placementConstraints", "placementStrategy",
        "networkConfiguration", "healthCheckGracePeriodSeconds", "schedulingStrategy", "deploymentController", "tags",
        "enableECSManagedTags", "propagateTags", "enableExecuteCommand",
    ]
}

// MARK: ECSModel → request shape

extension ECSShapes.CreateServiceRequest {
    /// Every member the model has. Members at ECS's default (no strategy, no tags, NONE, false) are left
    /// out, so the request reads as one a person would write; reading it back restores the defaults.
    public init(_ creation: ServiceCreation) {
        self.init(
            cluster: creation.cluster, serviceName: creation.serviceName, taskDefinition: creation.taskDefinition,
            loadBalancers: creation.loadBalancers.nonEmpty?.map(ECSShapes.LoadBalancer.init),
            desiredCount: creation.desiredCount,
            launchType: creation.launchType.map { ECSShapes.LaunchType(rawValue: $0.rawValue) },
            capacityProviderStrategy: creation.capacityProviderStrategy.nonEmpty?.map(ECSShapes.CapacityProviderStrategyItem.init),
            deploymentConfiguration: ECSShapes.DeploymentConfiguration(creation.deploymentConfiguration),
            placementConstraints: creation.placementConstraints.nonEmpty?.map(ECSShapes.PlacementConstraint.init),
            placementStrategy: creation.placementStrategy.nonEmpty?.map(ECSShapes.PlacementStrategy.init),
            networkConfiguration: creation.networkConfiguration.map(ECSShapes.NetworkConfiguration.init),
            healthCheckGracePeriodSeconds: creation.healthCheckGracePeriodSeconds == 0 ? nil : creation.healthCheckGracePeriodSeconds,
            schedulingStrategy: ECSShapes.SchedulingStrategy(rawValue: creation.schedulingStrategy.rawValue),
            tags: creation.tags.nonEmpty?.map(ECSShapes.Tag.init),
            enableECSManagedTags: creation.enableECSManagedTags ? true : nil,
            propagateTags: creation.propagateTags == .none ? nil : ECSShapes.PropagateTags(rawValue: creation.propagateTags.rawValue),
            enableExecuteCommand: creation.enableExecuteCommand ? true : nil)
    }
}
