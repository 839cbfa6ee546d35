import Foundation

public enum SchedulingStrategy: String, Hashable, Sendable {
    case replica = "REPLICA"
    case daemon = "DAEMON"
}

/// Bounds on running tasks during deployments and drains, as percentages of desiredCount.
public struct DeploymentConfiguration: Hashable, Sendable {
    public var minimumHealthyPercent: Int
    public var maximumPercent: Int
    public var deploymentCircuitBreaker: DeploymentCircuitBreaker

    public init(
        minimumHealthyPercent: Int = 100, maximumPercent: Int = 200,
        deploymentCircuitBreaker: DeploymentCircuitBreaker = DeploymentCircuitBreaker()
    ) {
        self.minimumHealthyPercent = minimumHealthyPercent
        self.maximumPercent = maximumPercent
        self.deploymentCircuitBreaker = deploymentCircuitBreaker
    }

    /// Tasks that must stay healthy: desired × min%, rounded up.
    public func minimumHealthyTasks(desired: Int) -> Int {
        let (product, overflow) = desired.multipliedReportingOverflow(by: minimumHealthyPercent)
        return overflow ? desired : (product + 99) / 100
    }

    /// Tasks that may run at once: desired × max%, rounded down.
    public func maximumTasks(desired: Int) -> Int {
        let (product, overflow) = desired.multipliedReportingOverflow(by: maximumPercent)
        return overflow ? desired : product / 100
    }

    /// ECS's quota of tasks per service: desired counts above it are refused.
    public static let maximumDesiredCount = 5_000
}

/// Stops a rolling deployment that keeps failing, and with `rollback` redeploys the last one that
/// completed.
public struct DeploymentCircuitBreaker: Hashable, Sendable {
    public var enable: Bool
    public var rollback: Bool

    public init(enable: Bool = false, rollback: Bool = false) {
        self.enable = enable
        self.rollback = rollback
    }

    /// Failed tasks that trip the breaker: half the desired count, rounded up, within 3…200.
    public static func threshold(desired: Int) -> Int { min(200, max(3, (desired + 1) / 2)) }
}

public enum DeploymentStatus: String, Hashable, Sendable {
    case primary = "PRIMARY"
    case active = "ACTIVE"
    case inactive = "INACTIVE"
}

public enum RolloutState: String, Hashable, Sendable {
    case completed = "COMPLETED"
    case failed = "FAILED"
    case inProgress = "IN_PROGRESS"
}

public struct Deployment: Hashable, Sendable, Identifiable {
    /// `ecs-svc/<19 digits>`
    public var id: String
    public var status: DeploymentStatus
    public var taskDefinitionARN: String
    public var desiredCount: Int
    public var pendingCount: Int
    public var runningCount: Int
    public var failedTasks: Int
    public var launchType: LaunchType
    public var rolloutState: RolloutState
    public var rolloutStateReason: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String, status: DeploymentStatus = .primary, taskDefinitionARN: String, desiredCount: Int,
        pendingCount: Int = 0, runningCount: Int = 0, failedTasks: Int = 0, launchType: LaunchType = .ec2,
        rolloutState: RolloutState = .inProgress, rolloutStateReason: String = "",
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.status = status
        self.taskDefinitionARN = taskDefinitionARN
        self.desiredCount = desiredCount
        self.pendingCount = pendingCount
        self.runningCount = runningCount
        self.failedTasks = failedTasks
        self.launchType = launchType
        self.rolloutState = rolloutState
        self.rolloutStateReason = rolloutStateReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One line of a service's event log, in ECS's own wording.
public struct ServiceEvent: Hashable, Sendable, Identifiable {
    public var id: String
    public var createdAt: Date
    public var message: String

    public init(id: String, createdAt: Date, message: String) {
        self.id = id
        self.createdAt = createdAt
        self.message = message
    }
}

public struct Service: Hashable, Sendable, Identifiable {
    public var name: String
    public var arn: String
    public var clusterARN: String
    public var status: String
    public var taskDefinitionARN: String
    public var desiredCount: Int
    /// Tasks whose lastStatus is RUNNING.
    public var runningCount: Int
    /// Tasks whose lastStatus is PENDING.
    public var pendingCount: Int
    public var launchType: LaunchType
    public var schedulingStrategy: SchedulingStrategy
    public var deploymentConfiguration: DeploymentConfiguration
    public var deployments: [Deployment]
    /// Newest first, at most `ServiceEvent.limit`.
    public var events: [ServiceEvent]
    public var createdAt: Date
    public var loadBalancers: [LoadBalancer]
    public var placementStrategy: [PlacementStrategy]
    public var placementConstraints: [PlacementConstraint]
    /// Seconds after a task starts during which failing load balancer health checks are ignored.
    public var healthCheckGracePeriodSeconds: Int
    /// Empty when the service uses `launchType` instead.
    public var capacityProviderStrategy: [CapacityProviderStrategyItem]
    /// Whose tags the service's tasks get at launch; a change applies to tasks launched afterwards.
    public var propagateTags: PropagateTags = .none
    /// Whether the service's tasks get ECS's `aws:ecs:` managed tags at launch.
    public var enableECSManagedTags = false
    /// Kept and echoed only: ECS Exec does not exist in the simulation.
    public var enableExecuteCommand = false
    /// As CreateService was given it (awsvpc services through the API); echoed, places nothing.
    public var networkConfiguration: AwsVpcConfiguration?

    public var id: String { name }

    public init(
        name: String, arn: String, clusterARN: String, status: String = "ACTIVE", taskDefinitionARN: String,
        desiredCount: Int, runningCount: Int = 0, pendingCount: Int = 0, launchType: LaunchType = .ec2,
        schedulingStrategy: SchedulingStrategy = .replica,
        deploymentConfiguration: DeploymentConfiguration = DeploymentConfiguration(),
        deployments: [Deployment] = [], events: [ServiceEvent] = [], createdAt: Date,
        loadBalancers: [LoadBalancer] = [], placementStrategy: [PlacementStrategy] = [],
        placementConstraints: [PlacementConstraint] = [], healthCheckGracePeriodSeconds: Int = 0,
        capacityProviderStrategy: [CapacityProviderStrategyItem] = []
    ) {
        self.loadBalancers = loadBalancers
        self.placementStrategy = placementStrategy
        self.placementConstraints = placementConstraints
        self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
        self.capacityProviderStrategy = capacityProviderStrategy
        self.name = name
        self.arn = arn
        self.clusterARN = clusterARN
        self.status = status
        self.taskDefinitionARN = taskDefinitionARN
        self.desiredCount = desiredCount
        self.runningCount = runningCount
        self.pendingCount = pendingCount
        self.launchType = launchType
        self.schedulingStrategy = schedulingStrategy
        self.deploymentConfiguration = deploymentConfiguration
        self.deployments = deployments
        self.events = events
        self.createdAt = createdAt
    }

    public var primaryDeployment: Deployment? { deployments.first { $0.status == .primary } }
}

extension ServiceEvent {
    /// ECS keeps the newest 100 events per service.
    public static let limit = 100
}
