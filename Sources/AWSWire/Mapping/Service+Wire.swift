import ECSModel
import Foundation

// MARK: ECSModel → response shape

extension ECSShapes.Service {
    /// The service as DescribeServices answers it. Simplified: no serviceRegistries content, taskSets,
    /// roleArn or createdBy, which the simulation does not model; the deployment controller is always
    /// ECS. A service's tasks are not part of it, as in DescribeServices.
    public init(_ service: Service, tags: [ResourceTag]? = nil) {
        let usesCapacityProviders = !service.capacityProviderStrategy.isEmpty
        let isFargate = service.launchType == .fargate
        self.init()
        serviceArn = service.arn
        serviceName = service.name
        clusterArn = service.clusterARN
        loadBalancers = service.loadBalancers.map(ECSShapes.LoadBalancer.init)
        serviceRegistries = []
        status = service.status
        desiredCount = service.desiredCount
        runningCount = service.runningCount
        pendingCount = service.pendingCount
        // ECS reports one or the other: a launch type, or the strategy that replaced it.
        launchType = usesCapacityProviders ? nil : ECSShapes.LaunchType(rawValue: service.launchType.rawValue)
        capacityProviderStrategy = usesCapacityProviders
            ? service.capacityProviderStrategy.map(ECSShapes.CapacityProviderStrategyItem.init) : nil
        platformVersion = isFargate ? "LATEST" : nil
        platformFamily = isFargate ? "Linux" : nil
        taskDefinition = service.taskDefinitionARN
        deploymentConfiguration = ECSShapes.DeploymentConfiguration(service.deploymentConfiguration)
        deployments = service.deployments.map {
            ECSShapes.Deployment(
                $0, capacityProviderStrategy: service.capacityProviderStrategy,
                networkConfiguration: service.networkConfiguration)
        }
        events = service.events.map(ECSShapes.ServiceEvent.init)
        createdAt = service.createdAt
        placementConstraints = service.placementConstraints.map(ECSShapes.PlacementConstraint.init)
        placementStrategy = service.placementStrategy.map(ECSShapes.PlacementStrategy.init)
        networkConfiguration = service.networkConfiguration.map(ECSShapes.NetworkConfiguration.init)
        // ECS sends the grace period only for services behind a load balancer or with one set.
        healthCheckGracePeriodSeconds = service.loadBalancers.isEmpty && service.healthCheckGracePeriodSeconds == 0
            ? nil : service.healthCheckGracePeriodSeconds
        schedulingStrategy = ECSShapes.SchedulingStrategy(rawValue: service.schedulingStrategy.rawValue)
        deploymentController = ECSShapes.DeploymentController(type: .ecs)
        self.tags = tags.map { $0.map(ECSShapes.Tag.init) }
        enableECSManagedTags = service.enableECSManagedTags
        propagateTags = ECSShapes.PropagateTags(rawValue: service.propagateTags.rawValue)
        enableExecuteCommand = service.enableExecuteCommand
    }
}

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Service {
    /// Fields a server leaves out take the value ECS itself would mean by leaving them out, so a sparse
    /// answer (moto's, or an older endpoint's) still shows; `now` stands in for missing times.
    public init(described shape: ECSShapes.Service, at now: Date) {
        let arn = shape.serviceArn ?? ""
        self.init(
            name: shape.serviceName ?? arn.arnResourceID, arn: arn, clusterARN: shape.clusterArn ?? "",
            status: shape.status ?? "ACTIVE", taskDefinitionARN: shape.taskDefinition ?? "",
            desiredCount: shape.desiredCount ?? 0, runningCount: shape.runningCount ?? 0,
            pendingCount: shape.pendingCount ?? 0,
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            schedulingStrategy: shape.schedulingStrategy.flatMap { SchedulingStrategy(rawValue: $0.rawValue) } ?? .replica,
            deploymentConfiguration: DeploymentConfiguration(described: shape.deploymentConfiguration),
            deployments: (shape.deployments ?? []).map { Deployment(described: $0, at: now) },
            events: (shape.events ?? []).prefix(ServiceEvent.limit).map {
                ServiceEvent(id: $0.id ?? "", createdAt: $0.createdAt ?? now, message: $0.message ?? "")
            },
            createdAt: shape.createdAt ?? now, loadBalancers: (shape.loadBalancers ?? []).map(LoadBalancer.init(described:)),
            placementStrategy: (shape.placementStrategy ?? []).compactMap(PlacementStrategy.init(described:)),
            placementConstraints: (shape.placementConstraints ?? []).compactMap(PlacementConstraint.init(described:)),
            healthCheckGracePeriodSeconds: shape.healthCheckGracePeriodSeconds ?? 0,
            capacityProviderStrategy: (shape.capacityProviderStrategy ?? []).map(CapacityProviderStrategyItem.init(described:)))
        propagateTags = shape.propagateTags.flatMap { PropagateTags(rawValue: $0.rawValue) } ?? .none
        enableECSManagedTags = shape.enableECSManagedTags ?? false
        enableExecuteCommand = shape.enableExecuteCommand ?? false
        networkConfiguration = AwsVpcConfiguration(described: shape.networkConfiguration)
    }
}
