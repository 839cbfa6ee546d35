/// An EC2 instance type as a container instance registers it: CPU units (vCPU × 1024) and the memory the
/// agent reports, a little under physical because the OS and agent keep some.
public struct InstanceType: Hashable, Sendable {
    public var name: String
    public var registeredResources: Resources

    public init(name: String, registeredResources: Resources) {
        self.name = name
        self.registeredResources = registeredResources
    }

    public static let known: [InstanceType] = [
        InstanceType(name: "t3.medium", registeredResources: Resources(cpu: 2048, memory: 3904)),
        InstanceType(name: "t3.large", registeredResources: Resources(cpu: 2048, memory: 7860)),
        InstanceType(name: "m5.large", registeredResources: Resources(cpu: 2048, memory: 7680)),
        InstanceType(name: "m5.xlarge", registeredResources: Resources(cpu: 4096, memory: 15576)),
        InstanceType(name: "m5.2xlarge", registeredResources: Resources(cpu: 8192, memory: 31458)),
        InstanceType(name: "c5.large", registeredResources: Resources(cpu: 2048, memory: 3704)),
        InstanceType(name: "c5.xlarge", registeredResources: Resources(cpu: 4096, memory: 7450)),
        InstanceType(name: "r5.large", registeredResources: Resources(cpu: 2048, memory: 15788)),
        InstanceType(name: "r5.xlarge", registeredResources: Resources(cpu: 4096, memory: 31620)),
    ]

    public static func named(_ name: String) -> InstanceType? { known.first { $0.name == name } }
}
