// Member names and order from botocore's ECS model (shapes `TaskDefinition`, `ContainerDefinition`,
// `PortMapping`, `KeyValuePair`, `LogConfiguration`, `HealthCheck`, `Volume`). Simplified: no
// registeredAt/registeredBy, compatibilities or requiresAttributes, which the simulator does not keep;
// task-level cpu and memory are strings, as ECS sends them.

extension TaskDefinition {
    /// The task definition as DescribeTaskDefinition and RegisterTaskDefinition return it.
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: [
            "taskDefinitionArn": .string(arn),
            "containerDefinitions": .array(containerDefinitions.map(\.apiRepresentation)),
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
            "requiresCompatibilities": requiresCompatibilities.isEmpty
                ? nil : .array(requiresCompatibilities.map(JSONValue.string)),
            "cpu": cpu.map { .string(String($0)) },
            "memory": memory.map { .string(String($0)) },
            "deregisteredAt": deregisteredAt.map(JSONValue.timestamp),
        ])
    }
}

extension ContainerDefinition {
    /// Shape `ContainerDefinition`.
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: [
            "name": .string(name),
            "image": .string(image),
            "cpu": .integer(cpu),
            "memory": memory.json,
            "memoryReservation": memoryReservation.json,
            "portMappings": .array(portMappings.map { mapping in
                .object(omittingAbsent: [
                    "containerPort": .integer(mapping.containerPort),
                    "hostPort": mapping.hostPort.json,
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
