/// Scenario fields for task definitions beyond the basics, launch types, scheduling strategies,
/// placement, instance attributes and scheduled tasks.
extension Scenario {
    /// A task definition's launch compatibility, IAM roles and volumes.
    public struct TaskDefinitionOptions: Sendable {
        public var requiresCompatibilities: [LaunchType]
        public var taskRoleARN: String?
        public var executionRoleARN: String?
        public var volumes: [Volume]

        public init(
            requiresCompatibilities: [LaunchType] = [], taskRoleARN: String? = nil, executionRoleARN: String? = nil,
            volumes: [Volume] = []
        ) {
            self.requiresCompatibilities = requiresCompatibilities
            self.taskRoleARN = taskRoleARN
            self.executionRoleARN = executionRoleARN
            self.volumes = volumes
        }
    }

    /// How a service's tasks are placed: launch type or capacity provider strategy, REPLICA or DAEMON,
    /// placement strategies (default: spread over zones, then instances) and constraints.
    public struct ServicePlacement: Sendable {
        /// nil: EC2, unless the capacity provider strategy says otherwise.
        public var launchType: LaunchType?
        public var schedulingStrategy: SchedulingStrategy
        public var placementStrategy: [PlacementStrategy]
        public var placementConstraints: [PlacementConstraint]
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]

        public init(
            launchType: LaunchType? = nil, schedulingStrategy: SchedulingStrategy = .replica,
            placementStrategy: [PlacementStrategy] = [], placementConstraints: [PlacementConstraint] = [],
            capacityProviderStrategy: [CapacityProviderStrategyItem] = []
        ) {
            self.launchType = launchType
            self.schedulingStrategy = schedulingStrategy
            self.placementStrategy = placementStrategy
            self.placementConstraints = placementConstraints
            self.capacityProviderStrategy = capacityProviderStrategy
        }
    }

    /// An EventBridge rule that runs a task definition: `rate(10 minutes)` or `cron(0 2 * * ? *)` (UTC).
    public struct ScheduledTaskSpec: Sendable {
        public var name: String
        public var scheduleExpression: String
        /// Family (latest revision) or `family:revision`.
        public var taskDefinition: String
        public var taskCount: Int
        public var launchType: LaunchType

        public init(
            name: String, scheduleExpression: String, taskDefinition: String, taskCount: Int = 1,
            launchType: LaunchType = .ec2
        ) {
            self.name = name
            self.scheduleExpression = scheduleExpression
            self.taskDefinition = taskDefinition
            self.taskCount = taskCount
            self.launchType = launchType
        }
    }

    /// Task definitions ECS would refuse, services whose launch type or placement it would refuse, and
    /// schedules EventBridge would refuse.
    func placementValidationErrors() -> [String] {
        var errors: [String] = []
        var definitions: [String: TaskDefinition] = [:]
        for spec in taskDefinitions {
            let definition = spec.definition(arn: "")
            do {
                try TaskDefinitionRules.validate(definition)
            } catch {
                errors.append("Task definition \(definition.reference): \(error.message)")
            }
            definitions[definition.reference] = definition
            if (definitions[spec.family]?.revision ?? 0) < spec.revision { definitions[spec.family] = definition }
        }
        for cluster in clusters {
            for service in cluster.services {
                guard let definition = definitions[service.taskDefinition] else { continue }
                let placement = service.placement
                do {
                    _ = try ServiceRules.validate(
                        schedulingStrategy: placement.schedulingStrategy, launchType: placement.launchType,
                        capacityProviderStrategy: placement.capacityProviderStrategy,
                        strategies: placement.placementStrategy, constraints: placement.placementConstraints,
                        definition: definition,
                        deploymentConfiguration: ServiceRules.deploymentConfiguration(
                            service.deploymentConfiguration, for: placement.schedulingStrategy))
                } catch {
                    errors.append("Service \(service.name): \(error.message)")
                }
            }
            var ruleNames = Set<String>()
            for rule in cluster.scheduledTasks {
                if !ruleNames.insert(rule.name).inserted {
                    errors.append("Cluster \(cluster.name): scheduled task \(rule.name) is defined twice.")
                }
                if (try? ScheduleExpression(parsing: rule.scheduleExpression)) == nil {
                    errors.append("Scheduled task \(rule.name): invalid schedule expression \(rule.scheduleExpression).")
                }
                if definitions[rule.taskDefinition] == nil {
                    errors.append("Scheduled task \(rule.name): unknown task definition \(rule.taskDefinition).")
                }
                if !(1...10).contains(rule.taskCount) {
                    errors.append("Scheduled task \(rule.name): taskCount must be between 1 and 10.")
                }
            }
        }
        return errors
    }
}

extension Scenario.TaskDefinitionSpec {
    /// The task definition this spec registers.
    func definition(arn: String) -> TaskDefinition {
        TaskDefinition(
            family: family, revision: revision, arn: arn, networkMode: networkMode, cpu: cpu, memory: memory,
            containerDefinitions: containerDefinitions, volumes: options.volumes, taskRoleARN: options.taskRoleARN,
            executionRoleARN: options.executionRoleARN, requiresCompatibilities: options.requiresCompatibilities)
    }

    public init(
        family: String, revision: Int = 1, networkMode: NetworkMode = .bridge, cpu: Int? = nil, memory: Int? = nil,
        containerDefinitions: [ContainerDefinition], options: Scenario.TaskDefinitionOptions
    ) {
        self.init(
            family: family, revision: revision, networkMode: networkMode, cpu: cpu, memory: memory,
            containerDefinitions: containerDefinitions)
        self.options = options
    }
}

extension Scenario.ServiceSpec {
    public init(
        name: String, taskDefinition: String, desiredCount: Int = 0,
        deploymentConfiguration: DeploymentConfiguration = DeploymentConfiguration(),
        placement: Scenario.ServicePlacement
    ) {
        self.init(
            name: name, taskDefinition: taskDefinition, desiredCount: desiredCount,
            deploymentConfiguration: deploymentConfiguration)
        self.placement = placement
    }
}

extension Scenario.InstanceSpec {
    public init(instanceType: String, availabilityZone: String, attributes: [String: String]) {
        self.init(instanceType: instanceType, availabilityZone: availabilityZone)
        self.attributes = attributes
    }
}

