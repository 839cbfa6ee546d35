import Foundation

/// A task's lastStatus or desiredStatus. Declared in lifecycle order, so `<` means "earlier".
public enum TaskStatus: String, Hashable, Sendable, CaseIterable, Comparable {
    case provisioning = "PROVISIONING"
    case pending = "PENDING"
    case activating = "ACTIVATING"
    case running = "RUNNING"
    case deactivating = "DEACTIVATING"
    case stopping = "STOPPING"
    case deprovisioning = "DEPROVISIONING"
    case stopped = "STOPPED"

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: TaskStatus, rhs: TaskStatus) -> Bool { lhs.order < rhs.order }
}

public enum TaskStopCode: String, Hashable, Sendable {
    case taskFailedToStart = "TaskFailedToStart"
    case essentialContainerExited = "EssentialContainerExited"
    case userInitiated = "UserInitiated"
    case serviceSchedulerInitiated = "ServiceSchedulerInitiated"
    case spotInterruption = "SpotInterruption"
    case terminationNotice = "TerminationNotice"
}

public enum HealthStatus: String, Hashable, Sendable {
    case healthy = "HEALTHY"
    case unhealthy = "UNHEALTHY"
    case unknown = "UNKNOWN"
}

public enum LaunchType: String, Hashable, Sendable {
    case ec2 = "EC2"
    case fargate = "FARGATE"
    case external = "EXTERNAL"
}

public struct NetworkBinding: Hashable, Sendable {
    public var containerPort: Int
    public var hostPort: Int
    public var `protocol`: TransportProtocol

    public init(containerPort: Int, hostPort: Int, protocol: TransportProtocol = .tcp) {
        self.containerPort = containerPort
        self.hostPort = hostPort
        self.protocol = `protocol`
    }
}

public struct Container: Hashable, Sendable {
    public var name: String
    public var image: String
    public var lastStatus: TaskStatus
    public var exitCode: Int?
    public var reason: String?
    public var essential: Bool
    public var networkBindings: [NetworkBinding]
    public var healthStatus: HealthStatus

    public init(
        name: String, image: String, lastStatus: TaskStatus = .pending, exitCode: Int? = nil, reason: String? = nil,
        essential: Bool = true, networkBindings: [NetworkBinding] = [], healthStatus: HealthStatus = .unknown
    ) {
        self.name = name
        self.image = image
        self.lastStatus = lastStatus
        self.exitCode = exitCode
        self.reason = reason
        self.essential = essential
        self.networkBindings = networkBindings
        self.healthStatus = healthStatus
    }
}

/// One running (or stopped) instantiation of a task definition.
public struct Task: Hashable, Sendable, Identifiable {
    /// The 32-hex task id (the last part of its ARN).
    public var id: String
    public var arn: String
    public var clusterARN: String
    public var taskDefinitionARN: String
    /// nil on Fargate.
    public var containerInstanceID: String?
    public var ec2InstanceID: String?
    public var availabilityZone: String
    public var launchType: LaunchType
    public var lastStatus: TaskStatus
    public var desiredStatus: TaskStatus
    public var healthStatus: HealthStatus
    /// `service:<name>` for service tasks, `family:<family>` for standalone ones.
    public var group: String
    /// `ecs-svc/<digits>` (the deployment) for service tasks.
    public var startedBy: String?
    /// Reserved on the instance while the task is not STOPPED.
    public var cpu: Int
    public var memory: Int
    public var containers: [Container]
    public var createdAt: Date
    public var pullStartedAt: Date?
    public var startedAt: Date?
    public var stoppingAt: Date?
    public var stoppedAt: Date?
    public var stopCode: TaskStopCode?
    public var stoppedReason: String?
    /// awsvpc tasks: the private IP of the task's own network interface.
    public var privateIPv4Address: String?
    /// The capacity provider that placed the task (`FARGATE`, or an Auto Scaling group's provider).
    public var capacityProviderName: String?
    /// From the service or RunTask; echoed only, as ECS Exec does not exist in the simulation.
    public var enableExecuteCommand = false

    public init(
        id: String, arn: String, clusterARN: String, taskDefinitionARN: String, containerInstanceID: String?,
        ec2InstanceID: String?, availabilityZone: String, launchType: LaunchType = .ec2,
        lastStatus: TaskStatus = .provisioning, desiredStatus: TaskStatus = .running,
        healthStatus: HealthStatus = .unknown, group: String, startedBy: String? = nil, cpu: Int, memory: Int,
        containers: [Container], createdAt: Date
    ) {
        self.id = id
        self.arn = arn
        self.clusterARN = clusterARN
        self.taskDefinitionARN = taskDefinitionARN
        self.containerInstanceID = containerInstanceID
        self.ec2InstanceID = ec2InstanceID
        self.availabilityZone = availabilityZone
        self.launchType = launchType
        self.lastStatus = lastStatus
        self.desiredStatus = desiredStatus
        self.healthStatus = healthStatus
        self.group = group
        self.startedBy = startedBy
        self.cpu = cpu
        self.memory = memory
        self.containers = containers
        self.createdAt = createdAt
    }

    /// The service name when this task belongs to a service (`group` is `service:<name>`).
    public var serviceName: String? {
        group.hasPrefix("service:") ? String(group.dropFirst("service:".count)) : nil
    }

    /// `family:revision`, read from the task definition ARN.
    public var taskDefinitionReference: String { taskDefinitionARN.arnResourceID }

    /// The first host port bound, for the tasks pane.
    public var firstHostPort: Int? { containers.lazy.flatMap(\.networkBindings).first?.hostPort }
}
