import Foundation

/// Everything the dashboard may read, frozen at one moment. Value types only: holding a snapshot never
/// blocks or races the control plane that produced it.
public struct ControlPlaneSnapshot: Sendable {
    /// The control plane's own notion of now (simulated or real).
    public var time: Date
    public var source: Source
    public var clusters: [ClusterSnapshot]
    /// Every registered task definition revision, ACTIVE and INACTIVE, by `family:revision`.
    public var taskDefinitions: [String: TaskDefinition]
    /// Grows whenever the state may have changed: two snapshots of one control plane with the same
    /// revision hold the same state, so what is derived from one (a sorted list) holds for the other.
    public var revision: UInt64
    /// The scenario a simulation runs, when it is not the embedded default (shown in the header).
    public var scenarioName: String?
    /// Tags by resource ARN (TagResource); resources without tags are absent.
    public var tags: [String: [ResourceTag]]

    public init(
        time: Date, source: Source, clusters: [ClusterSnapshot], taskDefinitions: [String: TaskDefinition] = [:],
        revision: UInt64 = 0, tags: [String: [ResourceTag]] = [:]
    ) {
        self.revision = revision
        self.tags = tags
        self.time = time
        self.source = source
        self.clusters = clusters
        self.taskDefinitions = taskDefinitions
    }

    public enum Source: Hashable, Sendable {
        /// The in-process simulator: `elapsed` is time since the simulation started.
        case simulation(seed: UInt64, speed: Double, paused: Bool, elapsed: Duration)
        case remote(endpoint: String, stale: Bool)
    }

    public func cluster(named name: String) -> ClusterSnapshot? { clusters.first { $0.cluster.name == name } }
}

/// One cluster with everything in it. Tasks are grouped by service, and long lists are chunked, so a
/// change to one task copies only a small chunk of its list when the next snapshot is taken.
public struct ClusterSnapshot: Sendable, Identifiable {
    public var cluster: Cluster
    public var services: [ServiceSnapshot]
    /// Tasks started outside any service (RunTask), newest last.
    public var standaloneTasks: ChunkedArray<Task>
    public var instances: ChunkedArray<ContainerInstance>
    public var metrics: ClusterMetrics
    public var targetGroups: [TargetGroup]
    public var loadBalancers: [ApplicationLoadBalancer]
    public var autoScalingGroups: [AutoScalingGroup]
    public var capacityProviders: [CapacityProvider]
    public var scheduledTasks: [ScheduledTask]

    public var id: String { cluster.name }

    public init(
        cluster: Cluster, services: [ServiceSnapshot] = [], standaloneTasks: some Sequence<Task> = [],
        instances: some Sequence<ContainerInstance> = [], metrics: ClusterMetrics = ClusterMetrics(),
        targetGroups: [TargetGroup] = [], loadBalancers: [ApplicationLoadBalancer] = [],
        autoScalingGroups: [AutoScalingGroup] = [], capacityProviders: [CapacityProvider] = [],
        scheduledTasks: [ScheduledTask] = []
    ) {
        self.targetGroups = targetGroups
        self.loadBalancers = loadBalancers
        self.autoScalingGroups = autoScalingGroups
        self.capacityProviders = capacityProviders
        self.scheduledTasks = scheduledTasks
        self.cluster = cluster
        self.services = services
        self.standaloneTasks = ChunkedArray(standaloneTasks)
        self.instances = ChunkedArray(instances)
        self.metrics = metrics
    }

    /// The newest service of that name: a deleted (INACTIVE) one stays listed after a new one of its
    /// name is created, as DescribeServices still finds deleted services.
    public func service(named name: String) -> ServiceSnapshot? { services.last { $0.service.name == name } }

    /// Every task in the cluster, services' first, then standalone ones. Allocates: not for the frame path.
    public var allTasks: [Task] { services.flatMap(\.tasks) + Array(standaloneTasks) }

    /// The listed task with that id, found without copying the lists. O(tasks).
    public func task(id: String) -> Task? {
        for service in services {
            if let task = service.tasks.first(where: { $0.id == id }) { return task }
        }
        return standaloneTasks.first { $0.id == id }
    }
}

public struct ServiceSnapshot: Sendable, Identifiable {
    public var service: Service
    /// The service's tasks, oldest first, including stopped ones still listed.
    public var tasks: ChunkedArray<Task>
    /// Average utilization of the reserved CPU and memory of the service's running tasks, 0…1.
    public var cpuUtilization: Double
    public var memoryUtilization: Double
    /// Recent history of utilization and load-balancer requests.
    public var metrics: ServiceMetrics
    /// Application Auto Scaling, when the service has a scalable target.
    public var autoScaling: ServiceAutoScaling?

    public var id: String { service.name }

    public init(
        service: Service, tasks: some Sequence<Task> = [], cpuUtilization: Double = 0, memoryUtilization: Double = 0,
        metrics: ServiceMetrics = ServiceMetrics(), autoScaling: ServiceAutoScaling? = nil
    ) {
        self.service = service
        self.tasks = ChunkedArray(tasks)
        self.cpuUtilization = cpuUtilization
        self.memoryUtilization = memoryUtilization
        self.metrics = metrics
        self.autoScaling = autoScaling
    }
}

/// A service's CloudWatch-like metrics: fine samples for sparklines, one-minute averages for history.
/// Utilization is 0…1; requests are per minute across the service's targets.
public struct ServiceMetrics: Hashable, Sendable {
    public var cpuUtilization: MetricHistory
    public var memoryUtilization: MetricHistory
    public var requestCount: MetricHistory

    public init(
        cpuUtilization: MetricHistory = MetricHistory(), memoryUtilization: MetricHistory = MetricHistory(),
        requestCount: MetricHistory = MetricHistory()
    ) {
        self.cpuUtilization = cpuUtilization
        self.memoryUtilization = memoryUtilization
        self.requestCount = requestCount
    }
}

/// One metric over time, oldest first.
public struct MetricHistory: Hashable, Sendable {
    /// Every few seconds, the most recent ones.
    public var recent: [Double]
    /// One-minute averages, the most recent hours.
    public var perMinute: [Double]

    public init(recent: [Double] = [], perMinute: [Double] = []) {
        self.recent = recent
        self.perMinute = perMinute
    }
}

/// Recent cluster-wide utilization samples (used / registered), oldest first, one per sample period.
public struct ClusterMetrics: Hashable, Sendable {
    public var cpuUtilization: [Double]
    public var memoryUtilization: [Double]

    public init(cpuUtilization: [Double] = [], memoryUtilization: [Double] = []) {
        self.cpuUtilization = cpuUtilization
        self.memoryUtilization = memoryUtilization
    }
}
