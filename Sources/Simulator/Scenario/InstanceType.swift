/// An EC2 instance type as a container instance registers it: CPU units (vCPU × 1024) and the memory the
/// agent reports, a little under physical because the OS and agent keep some.
public struct InstanceType: Hashable, Sendable {
    public var name: String
    public var registeredResources: Resources
    /// Network interfaces the type allows without ENI trunking, the instance's primary one included: an
    /// instance runs at most `eniLimit - 1` awsvpc tasks.
    public var eniLimit: Int

    public init(name: String, registeredResources: Resources, eniLimit: Int = 3) {
        self.name = name
        self.registeredResources = registeredResources
        self.eniLimit = eniLimit
    }

    public static let known: [InstanceType] = [
        InstanceType(name: "t3.medium", registeredResources: Resources(cpu: 2048, memory: 3904), eniLimit: 3),
        InstanceType(name: "t3.large", registeredResources: Resources(cpu: 2048, memory: 7860), eniLimit: 3),
        InstanceType(name: "m5.large", registeredResources: Resources(cpu: 2048, memory: 7680), eniLimit: 3),
        InstanceType(name: "m5.xlarge", registeredResources: Resources(cpu: 4096, memory: 15576), eniLimit: 4),
        InstanceType(name: "m5.2xlarge", registeredResources: Resources(cpu: 8192, memory: 31458), eniLimit: 4),
        InstanceType(name: "c5.large", registeredResources: Resources(cpu: 2048, memory: 3704), eniLimit: 3),
        InstanceType(name: "c5.xlarge", registeredResources: Resources(cpu: 4096, memory: 7450), eniLimit: 4),
        InstanceType(name: "r5.large", registeredResources: Resources(cpu: 2048, memory: 15788), eniLimit: 3),
        InstanceType(name: "r5.xlarge", registeredResources: Resources(cpu: 4096, memory: 31620), eniLimit: 4),
    ]

    public static func named(_ name: String) -> InstanceType? { known.first { $0.name == name } }

    /// More than the largest EC2 instance registers (u-24tb1: 448 vCPU, 24 TiB): the bound for
    /// `totalResources` given through the API, and what keeps placement's 32-bit counters from overflowing.
    public static let largestResources = Resources(cpu: 458_752, memory: 25_165_824)
}
