import Foundation

// CreateService's input as a recording writes it.

extension ServiceCreation {
    struct Record: Codable {
        var cluster: String
        var serviceName: String
        var taskDefinition: String
        var desiredCount: Int
        var launchType: RawValueCoded<LaunchType>?
        var capacityProviderStrategy: [CapacityProviderStrategyItem.Record]
        var schedulingStrategy: RawValueCoded<SchedulingStrategy>
        var deploymentConfiguration: DeploymentConfiguration.Record
        var loadBalancers: [LoadBalancer.Record]
        var healthCheckGracePeriodSeconds: Int
        var placementStrategy: [PlacementStrategy.Record]
        var placementConstraints: [PlacementConstraint.Record]
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
            capacityProviderStrategy = creation.capacityProviderStrategy.map(CapacityProviderStrategyItem.Record.init)
            schedulingStrategy = RawValueCoded(creation.schedulingStrategy)
            deploymentConfiguration = DeploymentConfiguration.Record(creation.deploymentConfiguration)
            loadBalancers = creation.loadBalancers.map(LoadBalancer.Record.init)
            healthCheckGracePeriodSeconds = creation.healthCheckGracePeriodSeconds
            placementStrategy = creation.placementStrategy.map(PlacementStrategy.Record.init)
            placementConstraints = creation.placementConstraints.map(PlacementConstraint.Record.init)
            propagateTags = creation.propagateTags == .none ? nil : RawValueCoded(creation.propagateTags)
            enableECSManagedTags = creation.enableECSManagedTags ? true : nil
            enableExecuteCommand = creation.enableExecuteCommand ? true : nil
            tags = creation.tags.isEmpty ? nil : creation.tags
            networkConfiguration = creation.networkConfiguration
        }

        var value: ServiceCreation {
            var creation = ServiceCreation(
                cluster: cluster, serviceName: serviceName, taskDefinition: taskDefinition, desiredCount: desiredCount,
                launchType: launchType?.value, capacityProviderStrategy: capacityProviderStrategy.map(\.value),
                schedulingStrategy: schedulingStrategy.value, deploymentConfiguration: deploymentConfiguration.value,
                loadBalancers: loadBalancers.map(\.value), healthCheckGracePeriodSeconds: healthCheckGracePeriodSeconds,
                placementStrategy: placementStrategy.map(\.value), placementConstraints: placementConstraints.map(\.value),
                propagateTags: propagateTags?.value ?? .none, enableECSManagedTags: enableECSManagedTags ?? false,
                enableExecuteCommand: enableExecuteCommand ?? false, tags: tags ?? [])
            creation.networkConfiguration = networkConfiguration
            return creation
        }
    }
}

extension LoadBalancer {
    struct Record: Codable {
        var targetGroupARN: String
        var containerName: String
        var containerPort: Int

        init(_ loadBalancer: LoadBalancer) {
            targetGroupARN = loadBalancer.targetGroupARN
            containerName = loadBalancer.containerName
            containerPort = loadBalancer.containerPort
        }

        var value: LoadBalancer {
            LoadBalancer(targetGroupARN: targetGroupARN, containerName: containerName, containerPort: containerPort)
        }
    }
}
