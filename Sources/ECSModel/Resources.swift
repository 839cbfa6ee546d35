/// CPU units (1024 = 1 vCPU) and memory in MiB, as ECS counts them.
public struct Resources: Hashable, Sendable, Codable {
    public var cpu: Int
    public var memory: Int

    public init(cpu: Int, memory: Int) {
        self.cpu = cpu
        self.memory = memory
    }

    public static let zero = Resources(cpu: 0, memory: 0)

    /// True when `other` fits inside these resources.
    public func canHold(_ other: Resources) -> Bool {
        other.cpu <= cpu && other.memory <= memory
    }

    public static func + (lhs: Resources, rhs: Resources) -> Resources {
        Resources(cpu: lhs.cpu + rhs.cpu, memory: lhs.memory + rhs.memory)
    }

    public static func - (lhs: Resources, rhs: Resources) -> Resources {
        Resources(cpu: lhs.cpu - rhs.cpu, memory: lhs.memory - rhs.memory)
    }

    public static func += (lhs: inout Resources, rhs: Resources) { lhs = lhs + rhs }
    public static func -= (lhs: inout Resources, rhs: Resources) { lhs = lhs - rhs }
}
