/// RegisterContainerInstance's input: what the ECS agent sends when its EC2 instance boots.
public struct ContainerInstanceRegistration: Hashable, Sendable, Codable {
    public var cluster: String
    /// From the instance identity document; generated when absent.
    public var ec2InstanceID: String?
    /// From the instance identity document (`instanceType`); its registered resources when
    /// `totalResources` is absent.
    public var instanceType: String?
    /// From the instance identity document (`availabilityZone`).
    public var availabilityZone: String?
    /// `totalResources` CPU and MEMORY, when given.
    public var totalResources: Resources?
    /// `attributes`; a capability (name only) has an empty value.
    public var attributes: [String: String]

    public init(
        cluster: String, ec2InstanceID: String? = nil, instanceType: String? = nil, availabilityZone: String? = nil,
        totalResources: Resources? = nil, attributes: [String: String] = [:]
    ) {
        self.cluster = cluster
        self.ec2InstanceID = ec2InstanceID
        self.instanceType = instanceType
        self.availabilityZone = availabilityZone
        self.totalResources = totalResources
        self.attributes = attributes
    }
}
