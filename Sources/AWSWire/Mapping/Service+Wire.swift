import ECSModel
import Foundation

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
