import ECSModel
import Foundation

// MARK: ECSModel → response shape

extension ECSShapes.ContainerInstance {
    /// The instance as DescribeContainerInstances answers it. Simplified: no version, statusReason or
    /// health status (the simulated agent has none of them) and no agentUpdateStatus (ECS shows it only
    /// once an agent update was asked for); every agent reports the same versions; attributes are
    /// sorted by name; UDP ports are not tracked, so PORTS_UDP is always empty.
    public init(_ instance: ContainerInstance, tags: [ResourceTag]? = nil) {
        self.init()
        containerInstanceArn = instance.arn
        ec2InstanceId = instance.ec2InstanceID
        capacityProviderName = instance.capacityProviderName
        versionInfo = Self.versionInfo
        remainingResources = Self.resources(instance.remainingResources, ports: instance.usedPorts)
        registeredResources = Self.resources(instance.registeredResources, ports: ContainerInstance.agentReservedPorts)
        status = instance.status.rawValue
        agentConnected = instance.agentConnected
        runningTasksCount = instance.runningTasksCount
        pendingTasksCount = instance.pendingTasksCount
        attributes = instance.attributes.sorted { $0.key < $1.key }.map { name, value in
            // Presence-only attributes (capabilities) have no value in ECS.
            ECSShapes.Attribute(name: name, value: value.isEmpty ? nil : value)
        }
        registeredAt = instance.registeredAt
        attachments = []
        self.tags = tags.map { $0.map(ECSShapes.Tag.init) }
    }

    /// A recent ECS agent on the ECS-optimized Amazon Linux 2023 AMI.
    private static let versionInfo = ECSShapes.VersionInfo(
        agentVersion: "1.89.2", agentHash: "6a4bd5ce", dockerVersion: "DockerVersion: 25.0.8")

    /// CPU and MEMORY as integers, PORTS and PORTS_UDP as string sets. Remaining PORTS lists the ports
    /// in use, not the free ones, as ECS does. Every resource carries all three numeric members, the
    /// unused ones zero, as ECS sends them.
    private static func resources(_ resources: Resources, ports: Set<Int>) -> [ECSShapes.Resource] {
        func integer(_ name: String, _ value: Int) -> ECSShapes.Resource {
            ECSShapes.Resource(name: name, type: "INTEGER", doubleValue: 0, longValue: 0, integerValue: value)
        }
        func stringSet(_ name: String, _ values: [Int]) -> ECSShapes.Resource {
            ECSShapes.Resource(
                name: name, type: "STRINGSET", doubleValue: 0, longValue: 0, integerValue: 0,
                stringSetValue: values.map(String.init))
        }
        return [
            integer("CPU", resources.cpu), integer("MEMORY", resources.memory),
            stringSet("PORTS", ports.sorted()), stringSet("PORTS_UDP", []),
        ]
    }
}

// MARK: Response shape → ECSModel, as an endpoint describes it

extension ContainerInstance {
    /// Instance type and zone come from the ECS attributes the agent reports; reserved ports from the
    /// `PORTS` remaining resource. Without remaining resources, nothing is taken.
    public init(described shape: ECSShapes.ContainerInstance, at now: Date) {
        let arn = shape.containerInstanceArn ?? ""
        let attributes = Dictionary(
            (shape.attributes ?? []).compactMap { attribute in attribute.name.map { ($0, attribute.value ?? "") } },
            uniquingKeysWith: { first, _ in first })
        let registered = Resources(described: shape.registeredResources ?? [])
        let remaining = shape.remainingResources ?? []
        let reservedPorts = remaining.first { $0.name == "PORTS" }?.stringSetValue ?? []
        self.init(
            id: arn.arnResourceID, arn: arn, ec2InstanceID: shape.ec2InstanceId ?? "",
            instanceType: attributes["ecs.instance-type"] ?? "",
            availabilityZone: attributes["ecs.availability-zone"] ?? "",
            status: shape.status.flatMap(ContainerInstanceStatus.init(rawValue:)) ?? .active,
            agentConnected: shape.agentConnected ?? true, registeredResources: registered,
            remainingResources: remaining.isEmpty ? registered : Resources(described: remaining),
            usedPorts: Set(reservedPorts.compactMap { Int($0) }),
            runningTasksCount: shape.runningTasksCount ?? 0, pendingTasksCount: shape.pendingTasksCount ?? 0,
            registeredAt: shape.registeredAt ?? now, attributes: attributes,
            capacityProviderName: shape.capacityProviderName)
    }
}
