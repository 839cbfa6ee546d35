import Simulator

/// Builders for scenarios with Auto Scaling groups, capacity providers, workloads and auto scaling.
enum CapacityHarness {
    static let zones = Harness.zones

    static func launchTemplate(cluster: String = "c", type: String = "m5.large") -> LaunchTemplate {
        LaunchTemplate(name: "lt", instanceType: type, userData: "#!/bin/bash\necho ECS_CLUSTER=\(cluster) >> /etc/ecs/ecs.config")
    }

    /// Cluster `c` with `plain` plain instances, the group `asg` (min/max/desired over `groupZones`) and,
    /// when `provider` is set, the capacity provider `cp` in front of it that service `svc` uses.
    static func scenario(
        plain: Int = 0, desired: Int = 0, cpu: Int = 1024, memory: Int = 1024, minSize: Int = 0, maxSize: Int = 6,
        groupDesired: Int = 0, groupZones: [String] = Array(zones.prefix(2)), provider: CapacityProvider.ManagedScaling? = .init(),
        userData: String? = nil
    ) -> Scenario {
        var scenario = Harness.scenario(instances: plain, desired: desired, cpu: cpu, memory: memory)
        var template = launchTemplate()
        if let userData { template.userData = userData }
        scenario.clusters[0].autoScalingGroups = [
            .init(name: "asg", launchTemplate: template, minSize: minSize, maxSize: maxSize, desiredCapacity: groupDesired,
                  availabilityZones: groupZones)
        ]
        if let provider {
            scenario.clusters[0].capacityProviders = [.init(name: "cp", autoScalingGroup: "asg", managedScaling: provider)]
            scenario.clusters[0].services[0].placement.capacityProviderStrategy = [CapacityProviderStrategyItem(capacityProvider: "cp")]
        }
        return scenario
    }

    /// Cluster `c` with six plain instances and service `svc` of `desired` tasks serving `rps` requests a
    /// second (100 per task at full CPU, so CPU ≈ 5 % + rps / tasks %), scaled by `policies`.
    static func workloadScenario(
        desired: Int = 4, rps: Double = 160, spikes: [Scenario.WorkloadSpec.Spike] = [], baseMemory: Double = 0.45,
        memoryPerLoad: Double = 0.3, policies: [ScalingPolicy] = [], min: Int = 1, max: Int = 10, instances: Int = 6
    ) -> Scenario {
        var scenario = Harness.scenario(instances: instances, desired: desired)
        scenario.clusters[0].services[0].workload = .init(
            requestsPerSecond: rps, spikes: spikes, baseMemory: baseMemory, memoryPerLoad: memoryPerLoad)
        if !policies.isEmpty {
            scenario.clusters[0].services[0].autoScaling = ServiceAutoScaling(minCapacity: min, maxCapacity: max, policies: policies)
        }
        return scenario
    }
}

extension Simulator {
    func group(_ name: String = "asg", in cluster: String = "c") -> AutoScalingGroup {
        self.cluster(cluster).autoScalingGroups.first { $0.name == name }!
    }

    func provider(_ name: String = "cp", in cluster: String = "c") -> CapacityProvider {
        self.cluster(cluster).capacityProviders.first { $0.name == name }!
    }

    func instance(ec2 id: String, in cluster: String = "c") -> ContainerInstance? {
        self.cluster(cluster).instances.first { $0.ec2InstanceID == id }
    }
}
