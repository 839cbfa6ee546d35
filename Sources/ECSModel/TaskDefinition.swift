import Foundation

public enum NetworkMode: String, Hashable, Sendable, CaseIterable {
    case bridge, host, awsvpc, none
}

public enum TransportProtocol: String, Hashable, Sendable {
    case tcp, udp
}

public struct PortMapping: Hashable, Sendable {
    public var containerPort: Int
    /// nil or 0 in bridge mode means a dynamic host port (49153–65535).
    public var hostPort: Int?
    public var `protocol`: TransportProtocol

    public init(containerPort: Int, hostPort: Int? = nil, protocol: TransportProtocol = .tcp) {
        self.containerPort = containerPort
        self.hostPort = hostPort
        self.protocol = `protocol`
    }
}

public struct ContainerDefinition: Hashable, Sendable {
    public var name: String
    public var image: String
    public var cpu: Int
    /// Hard limit in MiB: the container is killed above it.
    public var memory: Int?
    /// Soft limit in MiB: what placement reserves when `memory` is absent.
    public var memoryReservation: Int?
    public var portMappings: [PortMapping]
    /// An essential container that stops stops its task; a non-essential one does not.
    public var essential: Bool
    public var environment: [KeyValuePair]
    public var command: [String]
    public var entryPoint: [String]
    public var logConfiguration: LogConfiguration?
    public var healthCheck: ContainerHealthCheck?

    public init(
        name: String, image: String, cpu: Int = 0, memory: Int? = nil, memoryReservation: Int? = nil,
        portMappings: [PortMapping] = [], essential: Bool = true, environment: [KeyValuePair] = [],
        command: [String] = [], entryPoint: [String] = [], logConfiguration: LogConfiguration? = nil,
        healthCheck: ContainerHealthCheck? = nil
    ) {
        self.name = name
        self.image = image
        self.cpu = cpu
        self.memory = memory
        self.memoryReservation = memoryReservation
        self.portMappings = portMappings
        self.essential = essential
        self.environment = environment
        self.command = command
        self.entryPoint = entryPoint
        self.logConfiguration = logConfiguration
        self.healthCheck = healthCheck
    }
}

/// A family at one revision (`web:7`).
public struct TaskDefinition: Hashable, Sendable {
    public var family: String
    public var revision: Int
    public var arn: String
    public var networkMode: NetworkMode
    /// Task-level CPU units and memory MiB; nil means the sum of the containers'.
    public var cpu: Int?
    public var memory: Int?
    public var containerDefinitions: [ContainerDefinition]
    public var volumes: [Volume]
    public var taskRoleARN: String?
    public var executionRoleARN: String?
    /// Launch types the definition was validated for (`EC2`, `FARGATE`).
    public var requiresCompatibilities: [LaunchType]
    /// ACTIVE, or INACTIVE once deregistered.
    public var status: String
    /// When DeregisterTaskDefinition made it INACTIVE.
    public var deregisteredAt: Date?
    /// When it was registered (the simulation's start for a scenario's definitions); nil until then.
    public var registeredAt: Date?
    /// The launch types ECS found it valid for at registration: EC2 always, FARGATE when it fits Fargate.
    public var compatibilities: [LaunchType] = []

    public init(
        family: String, revision: Int, arn: String, networkMode: NetworkMode = .bridge,
        cpu: Int? = nil, memory: Int? = nil, containerDefinitions: [ContainerDefinition], volumes: [Volume] = [],
        taskRoleARN: String? = nil, executionRoleARN: String? = nil, requiresCompatibilities: [LaunchType] = [],
        status: String = "ACTIVE"
    ) {
        self.family = family
        self.revision = revision
        self.arn = arn
        self.networkMode = networkMode
        self.cpu = cpu
        self.memory = memory
        self.containerDefinitions = containerDefinitions
        self.volumes = volumes
        self.taskRoleARN = taskRoleARN
        self.executionRoleARN = executionRoleARN
        self.requiresCompatibilities = requiresCompatibilities
        self.status = status
    }

    /// `family:revision`, the short name ECS accepts wherever a task definition is asked for.
    public var reference: String { "\(family):\(revision)" }

    /// What placement reserves on an instance: task-level values when set, else the containers' sums
    /// (hard memory limit, or the soft reservation when there is no hard one).
    public var requiredResources: Resources {
        let containerCPU = containerDefinitions.reduce(0) { $0 + $1.cpu }
        let containerMemory = containerDefinitions.reduce(0) { $0 + ($1.memory ?? $1.memoryReservation ?? 0) }
        return Resources(cpu: cpu ?? containerCPU, memory: memory ?? containerMemory)
    }
}
