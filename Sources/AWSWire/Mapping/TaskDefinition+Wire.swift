import ECSModel
import Foundation

// MARK: ECSModel → request shape

extension ECSShapes.RegisterTaskDefinitionRequest {
    /// What registering the definition asks for: revision, ARN and status are the registry's to give.
    /// Task-level cpu and memory are strings on the wire, in units.
    public init(_ definition: TaskDefinition) {
        self.init(
            family: definition.family, taskRoleArn: definition.taskRoleARN, executionRoleArn: definition.executionRoleARN,
            networkMode: ECSShapes.NetworkMode(rawValue: definition.networkMode.rawValue),
            containerDefinitions: definition.containerDefinitions.map(ECSShapes.ContainerDefinition.init),
            volumes: definition.volumes.nonEmpty?.map(ECSShapes.Volume.init),
            requiresCompatibilities: definition.requiresCompatibilities.nonEmpty?
                .map { ECSShapes.Compatibility(rawValue: $0.rawValue) },
            cpu: definition.cpu.map(String.init), memory: definition.memory.map(String.init))
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension TaskDefinition {
    /// What the dashboard reads of a registered definition. Values the model does not know (a network
    /// mode or compatibility AWS added) fall back to ECS's defaults or are left out.
    public init(described shape: ECSShapes.TaskDefinition) {
        self.init(
            family: shape.family ?? "", revision: shape.revision ?? 0, arn: shape.taskDefinitionArn ?? "",
            networkMode: shape.networkMode.flatMap { NetworkMode(rawValue: $0.rawValue) } ?? .bridge,
            cpu: shape.cpu.flatMap { Int($0) }, memory: shape.memory.flatMap { Int($0) },
            containerDefinitions: (shape.containerDefinitions ?? []).map(ContainerDefinition.init(described:)),
            volumes: (shape.volumes ?? []).map(Volume.init(described:)),
            taskRoleARN: shape.taskRoleArn, executionRoleARN: shape.executionRoleArn,
            requiresCompatibilities: (shape.requiresCompatibilities ?? []).compactMap { LaunchType(rawValue: $0.rawValue) },
            status: shape.status?.rawValue ?? "ACTIVE")
        compatibilities = (shape.compatibilities ?? []).compactMap { LaunchType(rawValue: $0.rawValue) }
        registeredAt = shape.registeredAt
        deregisteredAt = shape.deregisteredAt
    }
}
