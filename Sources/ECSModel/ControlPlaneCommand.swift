/// What the dashboard (or the API server) asks a control plane to do. ECS operations first, named after
/// them, then faults and the simulation's own controls.
public enum ControlPlaneCommand: Hashable, Sendable {
    /// UpdateService: desired count, a new task definition (a rolling deployment), force new deployment.
    case updateService(ServiceUpdate)
    /// StopTask; `task` is an id or ARN.
    case stopTask(cluster: String, task: String, reason: String)
    /// UpdateContainerInstancesState (ACTIVE ↔ DRAINING); instances by id or ARN.
    case updateContainerInstancesState(cluster: String, containerInstances: [String], status: ContainerInstanceStatus)
    /// RunTask: standalone tasks.
    case runTask(RunTaskRequest)
    /// RegisterTaskDefinition: the family's next revision. `revision` and `arn` are ignored.
    case registerTaskDefinition(TaskDefinition)
    /// CreateService.
    case createService(ServiceCreation)
    /// DeleteService: DRAINING while its tasks stop, then INACTIVE. Without `force` its desired count
    /// must already be 0.
    case deleteService(cluster: String, service: String, force: Bool)
    /// DeregisterTaskDefinition (`family:revision` or ARN): the revision becomes INACTIVE; what runs it
    /// goes on running.
    case deregisterTaskDefinition(String)
    /// CreateCluster: a new, empty cluster (an INACTIVE one of that name becomes ACTIVE again).
    case createCluster(ClusterCreation)
    /// DeleteCluster (name or ARN): INACTIVE, once it has no services, instances or tasks left.
    case deleteCluster(String)
    /// RegisterContainerInstance: an EC2 instance's agent joins a cluster.
    case registerContainerInstance(ContainerInstanceRegistration)
    /// DeregisterContainerInstance (id or ARN). Without `force`, refused while tasks run there; with it,
    /// services replace those tasks elsewhere.
    case deregisterContainerInstance(cluster: String, containerInstance: String, force: Bool)
    /// TagResource: adds or overwrites tags on a cluster, service, task, task definition or instance.
    case tagResource(resourceARN: String, tags: [ResourceTag])
    /// UntagResource.
    case untagResource(resourceARN: String, tagKeys: [String])
    /// PutAttributes: adds or overwrites custom attributes on the cluster's container instances; placement
    /// sees them at once.
    case putAttributes(cluster: String, attributes: [InstanceAttribute])
    /// DeleteAttributes: removes them (an attribute the instance does not have is no error).
    case deleteAttributes(cluster: String, attributes: [InstanceAttribute])
    /// Something goes wrong on purpose (simulation only).
    case injectFault(Fault)
    case setPaused(Bool)
    case setSpeed(Double)
    /// Pauses and runs the simulation to its next scheduled event.
    case stepToNextEvent

    /// UpdateService with only a new desired count.
    public static func updateService(cluster: String, service: String, desiredCount: Int) -> ControlPlaneCommand {
        .updateService(ServiceUpdate(cluster: cluster, service: service, desiredCount: desiredCount))
    }

    /// RunTask with the defaults: EC2, the task definition's family as group.
    public static func runTask(cluster: String, taskDefinition: String, count: Int) -> ControlPlaneCommand {
        .runTask(RunTaskRequest(cluster: cluster, taskDefinition: taskDefinition, count: count))
    }

    /// Commands that change the cluster (as opposed to how it is watched).
    public var isMutating: Bool {
        switch self {
        case .updateService, .stopTask, .updateContainerInstancesState, .runTask, .registerTaskDefinition,
             .createService, .deleteService, .deregisterTaskDefinition, .createCluster, .deleteCluster,
             .registerContainerInstance, .deregisterContainerInstance, .tagResource, .untagResource, .putAttributes, .deleteAttributes,
             .injectFault: true
        case .setPaused, .setSpeed, .stepToNextEvent: false
        }
    }
}

/// RunTask's input.
public struct RunTaskRequest: Hashable, Sendable {
    public var cluster: String
    public var taskDefinition: String
    /// 1…10.
    public var count: Int
    public var launchType: LaunchType?
    public var capacityProviderStrategy: [CapacityProviderStrategyItem]
    /// Defaults to `family:<family>`.
    public var group: String?
    public var startedBy: String?
    public var placementStrategy: [PlacementStrategy]
    public var placementConstraints: [PlacementConstraint]
    /// NONE or TASK_DEFINITION: a standalone task has no service to take tags from.
    public var propagateTags: PropagateTags
    public var enableECSManagedTags: Bool
    public var enableExecuteCommand: Bool

    public init(
        cluster: String, taskDefinition: String, count: Int = 1, launchType: LaunchType? = nil,
        capacityProviderStrategy: [CapacityProviderStrategyItem] = [], group: String? = nil, startedBy: String? = nil,
        placementStrategy: [PlacementStrategy] = [], placementConstraints: [PlacementConstraint] = [],
        propagateTags: PropagateTags = .none, enableECSManagedTags: Bool = false, enableExecuteCommand: Bool = false
    ) {
        self.propagateTags = propagateTags
        self.enableECSManagedTags = enableECSManagedTags
        self.enableExecuteCommand = enableExecuteCommand
        self.cluster = cluster
        self.taskDefinition = taskDefinition
        self.count = count
        self.launchType = launchType
        self.capacityProviderStrategy = capacityProviderStrategy
        self.group = group
        self.startedBy = startedBy
        self.placementStrategy = placementStrategy
        self.placementConstraints = placementConstraints
    }
}

/// CreateService's input.
public struct ServiceCreation: Hashable, Sendable {
    public var cluster: String
    public var serviceName: String
    public var taskDefinition: String
    /// Ignored for DAEMON services.
    public var desiredCount: Int
    public var launchType: LaunchType?
    public var capacityProviderStrategy: [CapacityProviderStrategyItem]
    public var schedulingStrategy: SchedulingStrategy
    public var deploymentConfiguration: DeploymentConfiguration
    public var loadBalancers: [LoadBalancer]
    public var healthCheckGracePeriodSeconds: Int
    public var placementStrategy: [PlacementStrategy]
    public var placementConstraints: [PlacementConstraint]
    public var propagateTags: PropagateTags
    public var enableECSManagedTags: Bool
    public var enableExecuteCommand: Bool
    /// The service's own tags, set as it is created: its first tasks launch at once and may take them.
    public var tags: [ResourceTag]
    /// Kept and echoed (the simulation assigns ENIs itself); the API server requires it for awsvpc.
    public var networkConfiguration: AwsVpcConfiguration?

    public init(
        cluster: String, serviceName: String, taskDefinition: String, desiredCount: Int = 0,
        launchType: LaunchType? = nil, capacityProviderStrategy: [CapacityProviderStrategyItem] = [],
        schedulingStrategy: SchedulingStrategy = .replica,
        deploymentConfiguration: DeploymentConfiguration = DeploymentConfiguration(),
        loadBalancers: [LoadBalancer] = [], healthCheckGracePeriodSeconds: Int = 0,
        placementStrategy: [PlacementStrategy] = [], placementConstraints: [PlacementConstraint] = [],
        propagateTags: PropagateTags = .none, enableECSManagedTags: Bool = false, enableExecuteCommand: Bool = false,
        tags: [ResourceTag] = []
    ) {
        self.propagateTags = propagateTags
        self.enableECSManagedTags = enableECSManagedTags
        self.enableExecuteCommand = enableExecuteCommand
        self.tags = tags
        self.cluster = cluster
        self.serviceName = serviceName
        self.taskDefinition = taskDefinition
        self.desiredCount = desiredCount
        self.launchType = launchType
        self.capacityProviderStrategy = capacityProviderStrategy
        self.schedulingStrategy = schedulingStrategy
        self.deploymentConfiguration = deploymentConfiguration
        self.loadBalancers = loadBalancers
        self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
        self.placementStrategy = placementStrategy
        self.placementConstraints = placementConstraints
    }
}
