extension Scenario {
    /// An EC2 Auto Scaling group declared with its cluster. Its instances boot, and their ECS agent joins
    /// the cluster named by `ECS_CLUSTER` in the launch template's user data.
    public struct AutoScalingGroupSpec: Sendable {
        public var name: String
        public var launchTemplate: LaunchTemplate
        public var minSize: Int
        public var maxSize: Int
        /// Instances launched at the start (they still boot before they register).
        public var desiredCapacity: Int
        public var availabilityZones: [String]

        public init(
            name: String, launchTemplate: LaunchTemplate, minSize: Int = 0, maxSize: Int, desiredCapacity: Int = 0,
            availabilityZones: [String]
        ) {
            self.name = name
            self.launchTemplate = launchTemplate
            self.minSize = minSize
            self.maxSize = maxSize
            self.desiredCapacity = desiredCapacity
            self.availabilityZones = availabilityZones
        }
    }

    /// A capacity provider in front of one Auto Scaling group, with managed scaling or without.
    public struct CapacityProviderSpec: Sendable {
        public var name: String
        public var autoScalingGroup: String
        public var managedScaling: CapacityProvider.ManagedScaling?

        public init(name: String, autoScalingGroup: String, managedScaling: CapacityProvider.ManagedScaling? = .init()) {
            self.name = name
            self.autoScalingGroup = autoScalingGroup
            self.managedScaling = managedScaling
        }
    }

    /// The capacity, workload, auto scaling and fault parts of `validationErrors()`.
    func capacityAndScalingValidationErrors() -> [String] {
        var errors: [String] = []
        let clusterNames = Set(clusters.map(\.name))
        for cluster in clusters {
            var groups = Set<String>()
            for group in cluster.autoScalingGroups {
                let label = "Auto Scaling group \(group.name)"
                if !groups.insert(group.name).inserted { errors.append("\(label) is defined twice.") }
                if InstanceType.named(group.launchTemplate.instanceType) == nil {
                    errors.append("\(label): unknown instance type \(group.launchTemplate.instanceType).")
                }
                if !(0...group.maxSize).contains(group.minSize) || !(group.minSize...group.maxSize).contains(group.desiredCapacity) {
                    errors.append("\(label): needs 0 ≤ minSize ≤ desiredCapacity ≤ maxSize.")
                }
                if group.availabilityZones.isEmpty { errors.append("\(label) needs at least one availability zone.") }
                if group.availabilityZones.count > 64 { errors.append("\(label) has too many availability zones.") }
            }
            var providers = Set<String>()
            for provider in cluster.capacityProviders {
                let label = "Capacity provider \(provider.name)"
                if !providers.insert(provider.name).inserted { errors.append("\(label) is defined twice.") }
                if provider.name.hasPrefix("FARGATE") || provider.name.lowercased().hasPrefix("aws") || provider.name.lowercased().hasPrefix("ecs") {
                    errors.append("\(label): the name can't start with aws, ecs or FARGATE.")
                }
                if !groups.contains(provider.autoScalingGroup) {
                    errors.append("\(label): unknown Auto Scaling group \(provider.autoScalingGroup).")
                }
                if let scaling = provider.managedScaling {
                    if !(1...100).contains(scaling.targetCapacity) { errors.append("\(label): targetCapacity must be 1–100.") }
                    if !(1...10_000).contains(scaling.minimumScalingStepSize) || !(1...10_000).contains(scaling.maximumScalingStepSize)
                        || scaling.minimumScalingStepSize > scaling.maximumScalingStepSize {
                        errors.append("\(label): scaling step sizes must be 1–10000, minimum ≤ maximum.")
                    }
                    if !(0...10_000).contains(scaling.instanceWarmupPeriod) { errors.append("\(label): instanceWarmupPeriod must be 0–10000.") }
                }
            }
            // A scenario's strategies may name FARGATE and FARGATE_SPOT: the simulator associates them (`setUpCapacity`).
            let associated = cluster.capacityProviders.map(\.name) + CapacityProviderStrategyItem.fargateProviders
            let strategies = [("Cluster \(cluster.name)", cluster.defaultCapacityProviderStrategy, LaunchType?.none)]
                + cluster.services.map { ("Service \($0.name)", $0.placement.capacityProviderStrategy, $0.placement.launchType) }
            for (label, strategy, launchType) in strategies {
                do {
                    try CapacityProviderStrategyRules.validate(strategy, launchType: launchType, associated: associated)
                } catch {
                    errors.append("\(label): \(error.message)")
                }
            }
            for service in cluster.services {
                if let workload = service.workload { errors += workload.validationErrors(service: service.name) }
                if let scaling = service.autoScaling { errors += Self.validationErrors(scaling, service: service.name) }
            }
        }
        errors += faultScheduleValidationErrors(clusterNames: clusterNames)
        return errors
    }
}
