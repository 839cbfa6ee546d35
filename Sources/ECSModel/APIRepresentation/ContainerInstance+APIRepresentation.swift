// Member names and order from botocore's ECS model (shapes `ContainerInstance`, `VersionInfo`,
// `Resource`, `Attribute`). Simplified: no version, statusReason or health status (the simulator's agent
// has none of them) and no agentUpdateStatus (ECS shows it only once an agent update was asked for);
// every agent reports the same versions; attributes are sorted by name; UDP ports are not tracked, so
// PORTS_UDP is always empty.

extension ContainerInstance {
    /// The container instance as DescribeContainerInstances returns it (shape `ContainerInstance`).
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: [
            "containerInstanceArn": .string(arn),
            "ec2InstanceId": .string(ec2InstanceID),
            "capacityProviderName": capacityProviderName.json,
            "versionInfo": ContainerInstance.versionInfo,
            "remainingResources": ContainerInstance.resourceList(remainingResources, ports: usedPorts),
            "registeredResources": ContainerInstance.resourceList(registeredResources, ports: ContainerInstance.agentReservedPorts),
            "status": .string(status),
            "agentConnected": .bool(agentConnected),
            "runningTasksCount": .integer(runningTasksCount),
            "pendingTasksCount": .integer(pendingTasksCount),
            "attributes": .array(attributes.sorted { $0.key < $1.key }.map { name, value in
                // Presence-only attributes (capabilities) have no value in ECS.
                .object(omittingAbsent: ["name": .string(name), "value": value.isEmpty ? nil : .string(value)])
            }),
            "registeredAt": .timestamp(registeredAt),
            "attachments": .array([]),
        ])
    }

    /// Shape `VersionInfo`: a recent ECS agent on the ECS-optimized Amazon Linux 2023 AMI.
    private static let versionInfo = JSONValue.object([
        .init("agentVersion", .string("1.89.2")), .init("agentHash", .string("6a4bd5ce")),
        .init("dockerVersion", .string("DockerVersion: 25.0.8")),
    ])

    /// ECS's list of `Resource`s: CPU and MEMORY as integers, PORTS and PORTS_UDP as string sets.
    /// Remaining PORTS lists the ports in use, not the free ones, as ECS does. Every resource carries
    /// all three numeric members, the unused ones zero, as ECS sends them.
    private static func resourceList(_ resources: Resources, ports: Set<Int>) -> JSONValue {
        func integer(_ name: String, _ value: Int) -> JSONValue {
            .object([.init("name", .string(name)), .init("type", .string("INTEGER")), .init("doubleValue", .double(0)),
                     .init("longValue", .integer(0)), .init("integerValue", .integer(value))])
        }
        func stringSet(_ name: String, _ values: [Int]) -> JSONValue {
            .object([.init("name", .string(name)), .init("type", .string("STRINGSET")), .init("doubleValue", .double(0)),
                     .init("longValue", .integer(0)), .init("integerValue", .integer(0)),
                     .init("stringSetValue", .array(values.map { .string(String($0)) }))])
        }
        return .array([
            integer("CPU", resources.cpu), integer("MEMORY", resources.memory),
            stringSet("PORTS", ports.sorted()), stringSet("PORTS_UDP", []),
        ])
    }
}
