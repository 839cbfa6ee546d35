import Foundation

// Codable mirrors of the ECSModel values that commands carry. ECSModel stays free of Codable (another
// module may want its own coding of the same types); each mirror has the model's field names, so the
// JSON reads like the ECS API's, and converts both ways without loss.

extension ServiceUpdate {
    struct Record: Codable {
        var cluster: String
        var service: String
        var desiredCount: Int?
        var taskDefinition: String?
        var forceNewDeployment: Bool
        var deploymentConfiguration: DeploymentConfiguration.Record?
        var healthCheckGracePeriodSeconds: Int?

        init(_ update: ServiceUpdate) {
            cluster = update.cluster
            service = update.service
            desiredCount = update.desiredCount
            taskDefinition = update.taskDefinition
            forceNewDeployment = update.forceNewDeployment
            deploymentConfiguration = update.deploymentConfiguration.map(DeploymentConfiguration.Record.init)
            healthCheckGracePeriodSeconds = update.healthCheckGracePeriodSeconds
        }

        var value: ServiceUpdate {
            ServiceUpdate(
                cluster: cluster, service: service, desiredCount: desiredCount, taskDefinition: taskDefinition,
                forceNewDeployment: forceNewDeployment, deploymentConfiguration: deploymentConfiguration?.value,
                healthCheckGracePeriodSeconds: healthCheckGracePeriodSeconds)
        }
    }
}

extension RunTaskRequest {
    struct Record: Codable {
        var cluster: String
        var taskDefinition: String
        var count: Int
        var launchType: RawValueCoded<LaunchType>?
        var capacityProviderStrategy: [CapacityProviderStrategyItem.Record]
        var group: String?
        var startedBy: String?
        var placementStrategy: [PlacementStrategy.Record]
        var placementConstraints: [PlacementConstraint.Record]

        init(_ request: RunTaskRequest) {
            cluster = request.cluster
            taskDefinition = request.taskDefinition
            count = request.count
            launchType = request.launchType.map(RawValueCoded.init)
            capacityProviderStrategy = request.capacityProviderStrategy.map(CapacityProviderStrategyItem.Record.init)
            group = request.group
            startedBy = request.startedBy
            placementStrategy = request.placementStrategy.map(PlacementStrategy.Record.init)
            placementConstraints = request.placementConstraints.map(PlacementConstraint.Record.init)
        }

        var value: RunTaskRequest {
            RunTaskRequest(
                cluster: cluster, taskDefinition: taskDefinition, count: count, launchType: launchType?.value,
                capacityProviderStrategy: capacityProviderStrategy.map(\.value), group: group, startedBy: startedBy,
                placementStrategy: placementStrategy.map(\.value), placementConstraints: placementConstraints.map(\.value))
        }
    }
}

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
        }

        var value: ServiceCreation {
            ServiceCreation(
                cluster: cluster, serviceName: serviceName, taskDefinition: taskDefinition, desiredCount: desiredCount,
                launchType: launchType?.value, capacityProviderStrategy: capacityProviderStrategy.map(\.value),
                schedulingStrategy: schedulingStrategy.value, deploymentConfiguration: deploymentConfiguration.value,
                loadBalancers: loadBalancers.map(\.value), healthCheckGracePeriodSeconds: healthCheckGracePeriodSeconds,
                placementStrategy: placementStrategy.map(\.value), placementConstraints: placementConstraints.map(\.value))
        }
    }
}

extension DeploymentConfiguration {
    struct Record: Codable {
        var minimumHealthyPercent: Int
        var maximumPercent: Int
        var deploymentCircuitBreaker: CircuitBreaker

        struct CircuitBreaker: Codable {
            var enable: Bool
            var rollback: Bool
        }

        init(_ configuration: DeploymentConfiguration) {
            minimumHealthyPercent = configuration.minimumHealthyPercent
            maximumPercent = configuration.maximumPercent
            deploymentCircuitBreaker = CircuitBreaker(
                enable: configuration.deploymentCircuitBreaker.enable, rollback: configuration.deploymentCircuitBreaker.rollback)
        }

        var value: DeploymentConfiguration {
            DeploymentConfiguration(
                minimumHealthyPercent: minimumHealthyPercent, maximumPercent: maximumPercent,
                deploymentCircuitBreaker: DeploymentCircuitBreaker(
                    enable: deploymentCircuitBreaker.enable, rollback: deploymentCircuitBreaker.rollback))
        }
    }
}

extension CapacityProviderStrategyItem {
    struct Record: Codable {
        var capacityProvider: String
        var weight: Int
        var base: Int

        init(_ item: CapacityProviderStrategyItem) {
            capacityProvider = item.capacityProvider
            weight = item.weight
            base = item.base
        }

        var value: CapacityProviderStrategyItem {
            CapacityProviderStrategyItem(capacityProvider: capacityProvider, weight: weight, base: base)
        }
    }
}

extension PlacementStrategy {
    struct Record: Codable {
        var type: RawValueCoded<Kind>
        var field: String?

        init(_ strategy: PlacementStrategy) {
            type = RawValueCoded(strategy.type)
            field = strategy.field
        }

        var value: PlacementStrategy { PlacementStrategy(type: type.value, field: field) }
    }
}

extension PlacementConstraint {
    struct Record: Codable {
        var type: RawValueCoded<Kind>
        var expression: String?

        init(_ constraint: PlacementConstraint) {
            type = RawValueCoded(constraint.type)
            expression = constraint.expression
        }

        var value: PlacementConstraint { PlacementConstraint(type: type.value, expression: expression) }
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
