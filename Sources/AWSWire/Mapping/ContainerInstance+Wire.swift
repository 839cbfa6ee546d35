import ECSModel
import Foundation

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
