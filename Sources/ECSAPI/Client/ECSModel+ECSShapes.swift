import AWSWire
import ECSModel
import Foundation

// The wire's shapes read into the dashboard's values. Fields a server leaves out take the value ECS
// itself would mean by leaving them out (zero counts, no bindings), so a sparse answer (moto's, or an
// older endpoint's) still shows.

extension Cluster {
    init(_ shape: ECSShapes.Cluster) {
        let arn = shape.clusterArn ?? ""
        self.init(
            name: shape.clusterName ?? arn.arnResourceID, arn: arn, status: shape.status ?? "ACTIVE",
            registeredContainerInstancesCount: shape.registeredContainerInstancesCount ?? 0,
            runningTasksCount: shape.runningTasksCount ?? 0, pendingTasksCount: shape.pendingTasksCount ?? 0,
            activeServicesCount: shape.activeServicesCount ?? 0, capacityProviders: shape.capacityProviders ?? [])
    }
}

extension Service {
    init(_ shape: ECSShapes.Service, at now: Date) {
        let arn = shape.serviceArn ?? ""
        let configuration = shape.deploymentConfiguration
        self.init(
            name: shape.serviceName ?? arn.arnResourceID, arn: arn, clusterARN: shape.clusterArn ?? "",
            status: shape.status ?? "ACTIVE", taskDefinitionARN: shape.taskDefinition ?? "",
            desiredCount: shape.desiredCount ?? 0, runningCount: shape.runningCount ?? 0,
            pendingCount: shape.pendingCount ?? 0,
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            schedulingStrategy: shape.schedulingStrategy.flatMap { SchedulingStrategy(rawValue: $0.rawValue) } ?? .replica,
            deploymentConfiguration: DeploymentConfiguration(
                minimumHealthyPercent: configuration?.minimumHealthyPercent ?? 100,
                maximumPercent: configuration?.maximumPercent ?? 200,
                deploymentCircuitBreaker: DeploymentCircuitBreaker(
                    enable: configuration?.deploymentCircuitBreaker?.enable ?? false,
                    rollback: configuration?.deploymentCircuitBreaker?.rollback ?? false)),
            deployments: (shape.deployments ?? []).map { Deployment($0, at: now) },
            events: (shape.events ?? []).prefix(ServiceEvent.limit).map {
                ServiceEvent(id: $0.id ?? "", createdAt: $0.createdAt ?? now, message: $0.message ?? "")
            },
            createdAt: shape.createdAt ?? now,
            healthCheckGracePeriodSeconds: shape.healthCheckGracePeriodSeconds ?? 0)
    }
}

extension Deployment {
    init(_ shape: ECSShapes.Deployment, at now: Date) {
        self.init(
            id: shape.id ?? "", status: shape.status.flatMap(DeploymentStatus.init(rawValue:)) ?? .active,
            taskDefinitionARN: shape.taskDefinition ?? "", desiredCount: shape.desiredCount ?? 0,
            pendingCount: shape.pendingCount ?? 0, runningCount: shape.runningCount ?? 0,
            failedTasks: shape.failedTasks ?? 0,
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            rolloutState: shape.rolloutState.flatMap { RolloutState(rawValue: $0.rawValue) } ?? .completed,
            rolloutStateReason: shape.rolloutStateReason ?? "", createdAt: shape.createdAt ?? now,
            updatedAt: shape.updatedAt ?? shape.createdAt ?? now)
    }
}

extension Task {
    /// `ec2InstanceIDs` maps container instance ids to their EC2 instances: a task does not say.
    init(_ shape: ECSShapes.Task, ec2InstanceIDs: [String: String], at now: Date) {
        let arn = shape.taskArn ?? ""
        let containerInstanceID = shape.containerInstanceArn?.arnResourceID
        self.init(
            id: arn.arnResourceID, arn: arn, clusterARN: shape.clusterArn ?? "",
            taskDefinitionARN: shape.taskDefinitionArn ?? "", containerInstanceID: containerInstanceID,
            ec2InstanceID: containerInstanceID.flatMap { ec2InstanceIDs[$0] },
            availabilityZone: shape.availabilityZone ?? "",
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            lastStatus: shape.lastStatus.flatMap(TaskStatus.init(rawValue:)) ?? .pending,
            desiredStatus: shape.desiredStatus.flatMap(TaskStatus.init(rawValue:)) ?? .running,
            healthStatus: shape.healthStatus.flatMap { HealthStatus(rawValue: $0.rawValue) } ?? .unknown,
            group: shape.group ?? "", startedBy: shape.startedBy,
            cpu: shape.cpu.flatMap { Int($0) } ?? 0, memory: shape.memory.flatMap { Int($0) } ?? 0,
            containers: (shape.containers ?? []).map(Container.init), createdAt: shape.createdAt ?? now)
        pullStartedAt = shape.pullStartedAt
        startedAt = shape.startedAt
        stoppingAt = shape.stoppingAt
        stoppedAt = shape.stoppedAt
        stopCode = shape.stopCode.flatMap { TaskStopCode(rawValue: $0.rawValue) }
        stoppedReason = shape.stoppedReason
        capacityProviderName = shape.capacityProviderName
    }
}

extension Container {
    init(_ shape: ECSShapes.Container) {
        self.init(
            name: shape.name ?? "", image: shape.image ?? "",
            lastStatus: shape.lastStatus.flatMap(TaskStatus.init(rawValue:)) ?? .pending, exitCode: shape.exitCode,
            reason: shape.reason,
            networkBindings: (shape.networkBindings ?? []).compactMap { binding in
                guard let containerPort = binding.containerPort else { return nil }
                return NetworkBinding(
                    containerPort: containerPort, hostPort: binding.hostPort ?? containerPort,
                    protocol: binding.protocol.flatMap { TransportProtocol(rawValue: $0.rawValue) } ?? .tcp)
            },
            healthStatus: shape.healthStatus.flatMap { HealthStatus(rawValue: $0.rawValue) } ?? .unknown)
    }
}

extension ContainerInstance {
    init(_ shape: ECSShapes.ContainerInstance, at now: Date) {
        let arn = shape.containerInstanceArn ?? ""
        let attributes = Dictionary(
            (shape.attributes ?? []).compactMap { attribute in attribute.name.map { ($0, attribute.value ?? "") } },
            uniquingKeysWith: { first, _ in first })
        let registered = Resources(shape.registeredResources ?? [])
        let remaining = shape.remainingResources ?? []
        let reservedPorts = remaining.first { $0.name == "PORTS" }?.stringSetValue ?? []
        self.init(
            id: arn.arnResourceID, arn: arn, ec2InstanceID: shape.ec2InstanceId ?? "",
            instanceType: attributes["ecs.instance-type"] ?? "",
            availabilityZone: attributes["ecs.availability-zone"] ?? "",
            status: shape.status.flatMap(ContainerInstanceStatus.init(rawValue:)) ?? .active,
            agentConnected: shape.agentConnected ?? true, registeredResources: registered,
            remainingResources: remaining.isEmpty ? registered : Resources(remaining),
            usedPorts: Set(reservedPorts.compactMap { Int($0) }),
            runningTasksCount: shape.runningTasksCount ?? 0, pendingTasksCount: shape.pendingTasksCount ?? 0,
            registeredAt: shape.registeredAt ?? now, attributes: attributes,
            capacityProviderName: shape.capacityProviderName)
    }
}

extension Resources {
    /// The `CPU` and `MEMORY` entries of a resource list.
    init(_ resources: [ECSShapes.Resource]) {
        func value(_ name: String) -> Int {
            guard let resource = resources.first(where: { $0.name == name }) else { return 0 }
            return resource.integerValue ?? resource.longValue.map { Int($0) } ?? resource.doubleValue.map { Int($0) } ?? 0
        }
        self.init(cpu: value("CPU"), memory: value("MEMORY"))
    }
}

extension TaskDefinition {
    /// What the dashboard reads of a definition: its containers (names, images, sizes, log drivers).
    init(_ shape: ECSShapes.TaskDefinition) {
        let arn = shape.taskDefinitionArn ?? ""
        self.init(
            family: shape.family ?? "", revision: shape.revision ?? 0, arn: arn,
            networkMode: shape.networkMode.flatMap { NetworkMode(rawValue: $0.rawValue) } ?? .bridge,
            cpu: shape.cpu.flatMap { Int($0) }, memory: shape.memory.flatMap { Int($0) },
            containerDefinitions: (shape.containerDefinitions ?? []).map(ContainerDefinition.init),
            taskRoleARN: shape.taskRoleArn, executionRoleARN: shape.executionRoleArn,
            requiresCompatibilities: (shape.requiresCompatibilities ?? []).compactMap { LaunchType(rawValue: $0.rawValue) },
            status: shape.status?.rawValue ?? "ACTIVE")
    }
}

extension ContainerDefinition {
    init(_ shape: ECSShapes.ContainerDefinition) {
        self.init(
            name: shape.name ?? "", image: shape.image ?? "", cpu: shape.cpu ?? 0, memory: shape.memory,
            memoryReservation: shape.memoryReservation,
            portMappings: (shape.portMappings ?? []).compactMap { mapping in
                mapping.containerPort.map {
                    PortMapping(
                        containerPort: $0, hostPort: mapping.hostPort,
                        protocol: mapping.protocol.flatMap { TransportProtocol(rawValue: $0.rawValue) } ?? .tcp)
                }
            },
            essential: shape.essential ?? true,
            environment: (shape.environment ?? []).map { KeyValuePair(name: $0.name ?? "", value: $0.value ?? "") },
            command: shape.command ?? [], entryPoint: shape.entryPoint ?? [],
            logConfiguration: shape.logConfiguration.map {
                LogConfiguration(logDriver: $0.logDriver?.rawValue ?? "", options: $0.options ?? [:])
            })
    }
}
