// Member names and order from botocore's ECS model (shapes `TaskDefinition`, `ContainerDefinition`,
// `PortMapping`, `KeyValuePair`, `LogConfiguration`, `HealthCheck`, `Volume`). Simplified: no
// requiresAttributes (the simulator's agent has no capabilities to match); registeredBy is the
// account's root; task-level cpu and memory are strings, as ECS sends them.

extension TaskDefinition {
    /// The task definition as DescribeTaskDefinition and RegisterTaskDefinition return it.
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: [
            "taskDefinitionArn": .string(arn),
            "containerDefinitions": .array(containerDefinitions.map { $0.apiRepresentation(networkMode: networkMode) }),
            "family": .string(family),
            "taskRoleArn": taskRoleARN.json,
            "executionRoleArn": executionRoleARN.json,
            "networkMode": .string(networkMode),
            "revision": .integer(revision),
            "volumes": .array(volumes.map { volume in
                .object(omittingAbsent: [
                    "name": .string(volume.name),
                    "host": volume.hostSourcePath.map { .object([.init("sourcePath", .string($0))]) },
                ])
            }),
            "status": .string(status),
            "placementConstraints": .array([]),
            "compatibilities": compatibilities.isEmpty ? nil : .array(compatibilities.map(JSONValue.string)),
            "requiresCompatibilities": requiresCompatibilities.isEmpty
                ? nil : .array(requiresCompatibilities.map(JSONValue.string)),
            "cpu": cpu.map { .string(String($0)) },
            "memory": memory.map { .string(String($0)) },
            "registeredAt": registeredAt.json,
            "deregisteredAt": deregisteredAt.map(JSONValue.timestamp),
            "registeredBy": registeredAt == nil ? nil : .string("arn:aws:iam::\(account):root"),
        ])
    }
}

extension TaskDefinition {
    /// The account of the ARN (`arn:aws:ecs:<region>:<account>:task-definition/…`).
    private var account: String {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }
}

extension ContainerDefinition {
    /// Shape `ContainerDefinition`, in a definition of `networkMode`: in awsvpc mode ECS echoes each
    /// mapping's hostPort as its containerPort.
    public func apiRepresentation(networkMode: NetworkMode) -> JSONValue {
        .object(omittingAbsent: [
            "name": .string(name),
            "image": .string(image),
            "cpu": .integer(cpu),
            "memory": memory.json,
            "memoryReservation": memoryReservation.json,
            "portMappings": .array(portMappings.map { mapping in
                .object(omittingAbsent: [
                    "containerPort": .integer(mapping.containerPort),
                    "hostPort": networkMode == .awsvpc ? .integer(mapping.containerPort) : mapping.hostPort.json,
                    "protocol": .string(mapping.protocol),
                ])
            }),
            "essential": .bool(essential),
            "entryPoint": entryPoint.isEmpty ? nil : .array(entryPoint.map(JSONValue.string)),
            "command": command.isEmpty ? nil : .array(command.map(JSONValue.string)),
            "environment": .array(environment.map {
                .object([.init("name", .string($0.name)), .init("value", .string($0.value))])
            }),
            "mountPoints": .array([]),
            "volumesFrom": .array([]),
            "logConfiguration": logConfiguration.map { configuration in
                .object([
                    .init("logDriver", .string(configuration.logDriver)),
                    .init("options", .object(configuration.options.sorted { $0.key < $1.key }.map {
                        .init($0.key, .string($0.value))
                    })),
                ])
            },
            "healthCheck": healthCheck.map { check in
                .object([
                    .init("command", .array(check.command.map(JSONValue.string))),
                    .init("interval", .integer(check.interval)), .init("timeout", .integer(check.timeout)),
                    .init("retries", .integer(check.retries)), .init("startPeriod", .integer(check.startPeriod)),
                ])
            },
        ])
    }
}
