import Foundation

// CreateService's input as a recording writes it.

extension ServiceCreation {
    struct Record: Codable {
        var cluster: String
        var serviceName: String
        var taskDefinition: String
        var desiredCount: Int
        var launchType: RawValueCoded<LaunchType>?
        var capacityProviderStrategy: [CapacityProviderStrategyItem]
        var schedulingStrategy: RawValueCoded<SchedulingStrategy>
        var deploymentConfiguration: DeploymentConfiguration.Record
        var loadBalancers: [LoadBalancer]
        var healthCheckGracePeriodSeconds: Int
        var placementStrategy: [PlacementStrategy]
        var placementConstraints: [PlacementConstraint]
        // Written only when not the default, and absent from older recordings: nil means the default.
        var propagateTags: RawValueCoded<PropagateTags>?
        var enableECSManagedTags: Bool?
        var enableExecuteCommand: Bool?
        var tags: [ResourceTag]?
        var networkConfiguration: AwsVpcConfiguration?

        init(_ creation: ServiceCreation) {
            cluster = creation.cluster
            serviceName = creation.serviceName
            taskDefinition = creation.taskDefinition
            desiredCount = creation.desiredCount
            launchType = creation.launchType.map(RawValueCoded.init)
            capacityProviderStrategy = creation.capacityProviderStrategy
            schedulingStrategy = RawValueCoded(creation.schedulingStrategy)
            deploymentConfiguration = DeploymentConfiguration.Record(creation.deploymentConfiguration)
            loadBalancers = creation.loadBalancers
            healthCheckGracePeriodSeconds = creation.healthCheckGracePeriodSeconds
            placementStrategy = creation.placementStrategy
            placementConstraints = creation.placementConstraints
            propagateTags = creation.propagateTags == .none ? nil : RawValueCoded(creation.propagateTags)
            enableECSManagedTags = creation.enableECSManagedTags ? true : nil
            enableExecuteCommand = creation.enableExecuteCommand ? true : nil
            tags = creation.tags.isEmpty ? nil : creation.tags
            networkConfiguration = creation.networkConfiguration
        }

        var value: ServiceCreation {
            var creation = ServiceCreation(
                cluster: cluster, serviceName: serviceName, taskDefinition: taskDefinition, desiredCount: desiredCount,
                launchType: launchType?.value, capacityProviderStrategy: capacityProviderStrategy,
                schedulingStrategy: schedulingStrategy.value, deploymentConfiguration: deploymentConfiguration.value,
                loadBalancers: loadBalancers, healthCheckGracePeriodSeconds: healthCheckGracePeriodSeconds,
                placementStrategy: placementStrategy, placementConstraints: placementConstraints,
                propagateTags: propagateTags?.value ?? .none, enableECSManagedTags: enableECSManagedTags ?? false,
                enableExecuteCommand: enableExecuteCommand ?? false, tags: tags ?? [])
            creation.networkConfiguration = networkConfiguration
            return creation
        }
    }
}
