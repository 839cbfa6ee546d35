import Foundation

// UpdateService's input as a recording writes it, and the deployment configuration it may carry.
// ECSModel stays free of Codable (another module may want its own coding of the same types); each
// mirror has the model's field names, so the JSON reads like the ECS API's, and converts without loss.

extension ServiceUpdate {
    struct Record: Codable {
        var cluster: String
        var service: String
        var desiredCount: Int?
        var taskDefinition: String?
        var forceNewDeployment: Bool
        var deploymentConfiguration: DeploymentConfiguration.Record?
        var healthCheckGracePeriodSeconds: Int?
        // Absent from recordings made before UpdateService took them.
        var propagateTags: RawValueCoded<PropagateTags>?
        var enableECSManagedTags: Bool?
        var enableExecuteCommand: Bool?

        init(_ update: ServiceUpdate) {
            cluster = update.cluster
            service = update.service
            desiredCount = update.desiredCount
            taskDefinition = update.taskDefinition
            forceNewDeployment = update.forceNewDeployment
            deploymentConfiguration = update.deploymentConfiguration.map(DeploymentConfiguration.Record.init)
            healthCheckGracePeriodSeconds = update.healthCheckGracePeriodSeconds
            propagateTags = update.propagateTags.map(RawValueCoded.init)
            enableECSManagedTags = update.enableECSManagedTags
            enableExecuteCommand = update.enableExecuteCommand
        }

        var value: ServiceUpdate {
            ServiceUpdate(
                cluster: cluster, service: service, desiredCount: desiredCount, taskDefinition: taskDefinition,
                forceNewDeployment: forceNewDeployment, deploymentConfiguration: deploymentConfiguration?.value,
                healthCheckGracePeriodSeconds: healthCheckGracePeriodSeconds, propagateTags: propagateTags?.value,
                enableECSManagedTags: enableECSManagedTags, enableExecuteCommand: enableExecuteCommand)
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
