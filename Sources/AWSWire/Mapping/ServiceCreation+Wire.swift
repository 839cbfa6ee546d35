import ECSModel

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
