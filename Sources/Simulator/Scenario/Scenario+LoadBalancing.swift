/// Application Load Balancers, target groups and the services behind them, as a scenario declares them.
/// Target groups and load balancers are named; the simulator gives them their ARNs.
extension Scenario {
    /// An ALB target group. The health check and deregistration delay default to ELB's own defaults.
    public struct TargetGroupSpec: Sendable {
        public var name: String
        public var port: Int
        public var `protocol`: String
        /// `instance` for bridge and host mode tasks, `ip` for awsvpc ones.
        public var targetType: TargetGroup.TargetType
        public var healthCheck: TargetGroupHealthCheck
        /// 0…3600 seconds.
        public var deregistrationDelaySeconds: Int

        public init(
            name: String, port: Int = 80, protocol: String = "HTTP", targetType: TargetGroup.TargetType = .instance,
            healthCheck: TargetGroupHealthCheck = TargetGroupHealthCheck(), deregistrationDelaySeconds: Int = 300
        ) {
            self.name = name
            self.port = port
            self.protocol = `protocol`
            self.targetType = targetType
            self.healthCheck = healthCheck
            self.deregistrationDelaySeconds = deregistrationDelaySeconds
        }
    }

    /// An Application Load Balancer whose listeners forward to target groups of the same cluster.
    public struct LoadBalancerSpec: Sendable {
        public var name: String
        public var listeners: [ListenerSpec]

        public init(name: String, listeners: [ListenerSpec]) {
            self.name = name
            self.listeners = listeners
        }
    }

    public struct ListenerSpec: Sendable {
        public var port: Int
        public var `protocol`: String
        /// A target group name of the cluster.
        public var targetGroup: String

        public init(port: Int, protocol: String = "HTTP", targetGroup: String) {
            self.port = port
            self.protocol = `protocol`
            self.targetGroup = targetGroup
        }
    }

    /// A service's link to a target group: which container and port receive the traffic.
    public struct ServiceLoadBalancerSpec: Sendable {
        /// A target group name of the cluster.
        public var targetGroup: String
        public var containerName: String
        public var containerPort: Int

        public init(targetGroup: String, containerName: String, containerPort: Int) {
            self.targetGroup = targetGroup
            self.containerName = containerName
            self.containerPort = containerPort
        }
    }
}

extension Scenario.ServiceSpec {
    /// A service behind load balancers, with its health check grace period.
    public init(
        name: String, taskDefinition: String, desiredCount: Int,
        deploymentConfiguration: DeploymentConfiguration = DeploymentConfiguration(),
        loadBalancers: [Scenario.ServiceLoadBalancerSpec], healthCheckGracePeriodSeconds: Int = 0
    ) {
        self.init(
            name: name, taskDefinition: taskDefinition, desiredCount: desiredCount,
            deploymentConfiguration: deploymentConfiguration)
        self.loadBalancers = loadBalancers
        self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
    }
}

extension Scenario {
    /// What is wrong with the scenario's load balancing: unknown target groups, containers or ports,
    /// settings out of ELB's ranges.
    func loadBalancingValidationErrors() -> [String] {
        var errors: [String] = []
        var definitions: [String: TaskDefinitionSpec] = [:]
        var latest: [String: TaskDefinitionSpec] = [:]
        for definition in taskDefinitions {
            definitions["\(definition.family):\(definition.revision)"] = definition
            if (latest[definition.family]?.revision ?? 0) < definition.revision { latest[definition.family] = definition }
        }
        for cluster in clusters {
            var groups = Set<String>()
            for group in cluster.targetGroups {
                let label = "Cluster \(cluster.name): target group \(group.name)"
                if !groups.insert(group.name).inserted { errors.append("\(label) is defined twice.") }
                if !(0...3600).contains(group.deregistrationDelaySeconds) {
                    errors.append("\(label): deregistrationDelaySeconds must be within 0…3600.")
                }
                let check = group.healthCheck
                if !(5...300).contains(check.intervalSeconds) { errors.append("\(label): health check interval must be within 5…300 s.") }
                if !(2...10).contains(check.healthyThresholdCount) || !(2...10).contains(check.unhealthyThresholdCount) {
                    errors.append("\(label): health check thresholds must be within 2…10.")
                }
            }
            for balancer in cluster.loadBalancers {
                for listener in balancer.listeners where !groups.contains(listener.targetGroup) {
                    errors.append("Cluster \(cluster.name): load balancer \(balancer.name) forwards to unknown target group \(listener.targetGroup).")
                }
            }
            for service in cluster.services {
                let label = "Service \(service.name)"
                if service.healthCheckGracePeriodSeconds < 0 { errors.append("\(label): healthCheckGracePeriodSeconds is negative.") }
                var used = Set<String>()
                let definition = definitions[service.taskDefinition] ?? latest[service.taskDefinition]
                for link in service.loadBalancers {
                    if !groups.contains(link.targetGroup) {
                        errors.append("\(label): unknown target group \(link.targetGroup).")
                    }
                    if !used.insert(link.targetGroup).inserted {
                        errors.append("\(label): target group \(link.targetGroup) is linked twice.")
                    }
                    guard let definition else { continue }
                    guard let container = definition.containerDefinitions.first(where: { $0.name == link.containerName }) else {
                        errors.append("\(label): the container \(link.containerName) does not exist in the task definition.")
                        continue
                    }
                    if !container.portMappings.contains(where: { $0.containerPort == link.containerPort }) {
                        errors.append("\(label): the container \(link.containerName) did not have a container port \(link.containerPort) defined.")
                    }
                }
            }
        }
        return errors
    }
}
