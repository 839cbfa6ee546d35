/// The initial setup of a simulation. Plain data, so a YAML scenario file can be decoded into it.
public struct Scenario: Sendable {
    public var taskDefinitions: [TaskDefinitionSpec]
    public var clusters: [ClusterSpec]
    /// Faults injected on a schedule (Scenario+Faults.swift).
    public var faultSchedule: [FaultScheduleEntry] = []

    public init(taskDefinitions: [TaskDefinitionSpec], clusters: [ClusterSpec]) {
        self.taskDefinitions = taskDefinitions
        self.clusters = clusters
    }

    /// A task definition without its ARN (the simulator names it).
    public struct TaskDefinitionSpec: Sendable {
        public var family: String
        public var revision: Int
        public var networkMode: NetworkMode
        public var cpu: Int?
        public var memory: Int?
        public var containerDefinitions: [ContainerDefinition]
        /// Launch compatibility, roles and volumes (Scenario+Placement.swift).
        public var options = TaskDefinitionOptions()

        public init(
            family: String, revision: Int = 1, networkMode: NetworkMode = .bridge, cpu: Int? = nil,
            memory: Int? = nil, containerDefinitions: [ContainerDefinition]
        ) {
            self.family = family
            self.revision = revision
            self.networkMode = networkMode
            self.cpu = cpu
            self.memory = memory
            self.containerDefinitions = containerDefinitions
        }
    }

    public struct InstanceSpec: Sendable {
        /// A name from `InstanceType.known`.
        public var instanceType: String
        public var availabilityZone: String
        /// Custom attributes, next to the `ecs.*` ones every instance gets (for memberOf and spread).
        public var attributes: [String: String] = [:]

        public init(instanceType: String, availabilityZone: String) {
            self.instanceType = instanceType
            self.availabilityZone = availabilityZone
        }
    }

    public struct ServiceSpec: Sendable {
        public var name: String
        /// Family (latest revision) or `family:revision`.
        public var taskDefinition: String
        public var desiredCount: Int
        public var deploymentConfiguration: DeploymentConfiguration
        /// Launch type, scheduling strategy, placement strategies and constraints (Scenario+Placement.swift).
        public var placement = ServicePlacement()
        /// Request rate that drives utilization (Scenario+Workload.swift); nil keeps a seeded wave.
        public var workload: WorkloadSpec?
        /// Application Auto Scaling: scalable target and target-tracking policies (Scenario+AutoScaling.swift).
        public var autoScaling: ServiceAutoScaling?
        // Load balancing (Scenario+LoadBalancing.swift).
        public var loadBalancers: [ServiceLoadBalancerSpec] = []
        public var healthCheckGracePeriodSeconds = 0

        public init(
            name: String, taskDefinition: String, desiredCount: Int,
            deploymentConfiguration: DeploymentConfiguration = DeploymentConfiguration()
        ) {
            self.name = name
            self.taskDefinition = taskDefinition
            self.desiredCount = desiredCount
            self.deploymentConfiguration = deploymentConfiguration
        }
    }

    /// Tasks started with RunTask when the simulation begins.
    public struct StandaloneTaskSpec: Sendable {
        public var taskDefinition: String
        public var count: Int

        public init(taskDefinition: String, count: Int = 1) {
            self.taskDefinition = taskDefinition
            self.count = count
        }
    }

    public struct ClusterSpec: Sendable {
        public var name: String
        public var instances: [InstanceSpec]
        public var services: [ServiceSpec]
        public var standaloneTasks: [StandaloneTaskSpec]
        /// EventBridge rules that run tasks on a schedule (Scenario+Placement.swift).
        public var scheduledTasks: [ScheduledTaskSpec] = []
        /// Capacity (Scenario+Capacity.swift): Auto Scaling groups and the capacity providers in front of them.
        public var autoScalingGroups: [AutoScalingGroupSpec] = []
        public var capacityProviders: [CapacityProviderSpec] = []
        public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem] = []
        // Load balancing (Scenario+LoadBalancing.swift).
        public var targetGroups: [TargetGroupSpec] = []
        public var loadBalancers: [LoadBalancerSpec] = []

        public init(
            name: String, instances: [InstanceSpec], services: [ServiceSpec] = [],
            standaloneTasks: [StandaloneTaskSpec] = [], scheduledTasks: [ScheduledTaskSpec] = [],
            targetGroups: [TargetGroupSpec] = [], loadBalancers: [LoadBalancerSpec] = [],
            autoScalingGroups: [AutoScalingGroupSpec] = [], capacityProviders: [CapacityProviderSpec] = [],
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem] = []
        ) {
            self.name = name
            self.instances = instances
            self.services = services
            self.standaloneTasks = standaloneTasks
            self.scheduledTasks = scheduledTasks
            self.targetGroups = targetGroups
            self.loadBalancers = loadBalancers
            self.autoScalingGroups = autoScalingGroups
            self.capacityProviders = capacityProviders
            self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
        }
    }

    /// What is wrong with this scenario, in words; empty when the simulator can run it.
    /// `Simulator.init` traps on an invalid scenario, so check decoded files with this first.
    public func validationErrors() -> [String] {
        var errors: [String] = []
        var references = Set<String>()
        var families = Set<String>()
        for definition in taskDefinitions {
            let reference = "\(definition.family):\(definition.revision)"
            if !references.insert(reference).inserted { errors.append("Task definition \(reference) is defined twice.") }
            families.insert(definition.family)
            if definition.containerDefinitions.isEmpty { errors.append("Task definition \(reference) has no containers.") }
            if definition.revision < 1 { errors.append("Task definition \(reference) needs a revision of 1 or more.") }
        }
        func resolves(_ name: String) -> Bool { references.contains(name) || families.contains(name) }
        var clusterNames = Set<String>()
        for cluster in clusters {
            if !clusterNames.insert(cluster.name).inserted { errors.append("Cluster \(cluster.name) is defined twice.") }
            for instance in cluster.instances where InstanceType.named(instance.instanceType) == nil {
                errors.append("Cluster \(cluster.name): unknown instance type \(instance.instanceType).")
            }
            var serviceNames = Set<String>()
            for service in cluster.services {
                if !serviceNames.insert(service.name).inserted {
                    errors.append("Cluster \(cluster.name): service \(service.name) is defined twice.")
                }
                if !resolves(service.taskDefinition) {
                    errors.append("Service \(service.name): unknown task definition \(service.taskDefinition).")
                }
                if service.desiredCount < 0 { errors.append("Service \(service.name): desiredCount is negative.") }
            }
            for task in cluster.standaloneTasks where !resolves(task.taskDefinition) {
                errors.append("Cluster \(cluster.name): unknown task definition \(task.taskDefinition).")
            }
        }
        errors += placementValidationErrors()
        errors += capacityAndScalingValidationErrors()
        errors += loadBalancingValidationErrors()
        return errors
    }
}
