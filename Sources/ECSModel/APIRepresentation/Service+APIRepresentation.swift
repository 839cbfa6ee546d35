// Member names and order from botocore's ECS model (shapes `Service`, `Deployment`, `ServiceEvent`,
// `LoadBalancer`, `DeploymentConfiguration`, `PlacementStrategy`, `PlacementConstraint`).
// Simplified: no serviceRegistries content, taskSets, roleArn or createdBy,
// which the simulator does not model; deploymentController is always ECS. A service's tasks are not
// part of it, as in DescribeServices.

extension Service {
    /// The service as DescribeServices returns it (shape `Service`).
    public var apiRepresentation: JSONValue {
        let usesCapacityProviders = !capacityProviderStrategy.isEmpty
        let isFargate = launchType == .fargate
        return .object(omittingAbsent: [
            "serviceArn": .string(arn),
            "serviceName": .string(name),
            "clusterArn": .string(clusterARN),
            "loadBalancers": .array(loadBalancers.map(\.apiRepresentation)),
            "serviceRegistries": .array([]),
            "status": .string(status),
            "desiredCount": .integer(desiredCount),
            "runningCount": .integer(runningCount),
            "pendingCount": .integer(pendingCount),
            // ECS reports one or the other: a launch type, or the strategy that replaced it.
            "launchType": usesCapacityProviders ? nil : .string(launchType),
            "capacityProviderStrategy": usesCapacityProviders
                ? .array(capacityProviderStrategy.map(\.apiRepresentation)) : nil,
            "platformVersion": isFargate ? .string("LATEST") : nil,
            "platformFamily": isFargate ? .string("Linux") : nil,
            "taskDefinition": .string(taskDefinitionARN),
            "deploymentConfiguration": deploymentConfiguration.apiRepresentation,
            "deployments": .array(deployments.map {
                $0.apiRepresentation(capacityProviderStrategy: capacityProviderStrategy, networkConfiguration: networkConfiguration)
            }),
            "events": .array(events.map(\.apiRepresentation)),
            "createdAt": .timestamp(createdAt),
            "placementConstraints": .array(placementConstraints.map(\.apiRepresentation)),
            "placementStrategy": .array(placementStrategy.map(\.apiRepresentation)),
            "networkConfiguration": networkConfiguration?.apiRepresentation,
            // ECS sends the grace period only for services behind a load balancer or with one set.
            "healthCheckGracePeriodSeconds": loadBalancers.isEmpty && healthCheckGracePeriodSeconds == 0
                ? nil : .integer(healthCheckGracePeriodSeconds),
            "schedulingStrategy": .string(schedulingStrategy),
            "deploymentController": .object([.init("type", .string("ECS"))]),
            "enableECSManagedTags": .bool(enableECSManagedTags),
            "propagateTags": .string(propagateTags),
            "enableExecuteCommand": .bool(enableExecuteCommand),
        ])
    }
}

extension AwsVpcConfiguration {
    /// Shape `NetworkConfiguration`, as a service and its deployments show it.
    public var apiRepresentation: JSONValue {
        .object([.init("awsvpcConfiguration", .object([
            .init("subnets", .array(subnets.map(JSONValue.string))),
            .init("securityGroups", .array(securityGroups.map(JSONValue.string))),
            .init("assignPublicIp", .string(assignPublicIp ? "ENABLED" : "DISABLED")),
        ]))])
    }
}

extension Deployment {
    /// Shape `Deployment`, of a service on `capacityProviderStrategy` (empty: on its launch type) and
    /// in `networkConfiguration` (a service's deployments share it: UpdateService cannot change it).
    public func apiRepresentation(
        capacityProviderStrategy: [CapacityProviderStrategyItem], networkConfiguration: AwsVpcConfiguration? = nil
    ) -> JSONValue {
        let isFargate = launchType == .fargate
        let usesCapacityProviders = !capacityProviderStrategy.isEmpty
        return .object(omittingAbsent: [
            "id": .string(id),
            "status": .string(status),
            "taskDefinition": .string(taskDefinitionARN),
            "desiredCount": .integer(desiredCount),
            "pendingCount": .integer(pendingCount),
            "runningCount": .integer(runningCount),
            "failedTasks": .integer(failedTasks),
            "createdAt": .timestamp(createdAt),
            "updatedAt": .timestamp(updatedAt),
            // As the service: the strategy, or else the launch type.
            "capacityProviderStrategy": usesCapacityProviders
                ? .array(capacityProviderStrategy.map(\.apiRepresentation)) : nil,
            "launchType": usesCapacityProviders ? nil : .string(launchType),
            "platformVersion": isFargate ? .string("1.4.0") : nil,
            "platformFamily": isFargate ? .string("Linux") : nil,
            "networkConfiguration": networkConfiguration?.apiRepresentation,
            "rolloutState": .string(rolloutState),
            "rolloutStateReason": rolloutStateReason.isEmpty ? nil : .string(rolloutStateReason),
        ])
    }
}

extension ServiceEvent {
    /// Shape `ServiceEvent`.
    public var apiRepresentation: JSONValue {
        .object([.init("id", .string(id)), .init("createdAt", .timestamp(createdAt)), .init("message", .string(message))])
    }
}

extension LoadBalancer {
    /// Shape `LoadBalancer`: target-group form only, as ALBs use it.
    public var apiRepresentation: JSONValue {
        .object([.init("targetGroupArn", .string(targetGroupARN)), .init("containerName", .string(containerName)),
                 .init("containerPort", .integer(containerPort))])
    }
}

extension DeploymentConfiguration {
    /// Shape `DeploymentConfiguration`, with its circuit breaker (shape `DeploymentCircuitBreaker`).
    public var apiRepresentation: JSONValue {
        .object([
            .init("deploymentCircuitBreaker", .object([
                .init("enable", .bool(deploymentCircuitBreaker.enable)),
                .init("rollback", .bool(deploymentCircuitBreaker.rollback)),
            ])),
            .init("maximumPercent", .integer(maximumPercent)),
            .init("minimumHealthyPercent", .integer(minimumHealthyPercent)),
        ])
    }
}

extension PlacementStrategy {
    /// Shape `PlacementStrategy`.
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: ["type": .string(type), "field": field.json])
    }
}

extension PlacementConstraint {
    /// Shape `PlacementConstraint`.
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: ["type": .string(type), "expression": expression.json])
    }
}
