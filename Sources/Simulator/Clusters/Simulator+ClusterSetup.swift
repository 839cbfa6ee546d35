/// What a cluster and a joining instance get once their arrays exist: the `ecs.*` attributes every
/// instance registers with, ENI limits, Fargate's zones, services' launch types and placement, and the
/// scheduled tasks.
extension Simulator {
    /// Availability zones Fargate uses in a cluster without instances to name any.
    static let defaultFargateZones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    static let ecsOptimizedAMI = "ami-0ecs0optimized0001"

    /// Called once cluster `c` is built from `spec`, before its services first reconcile.
    func configureCluster(_ c: Int, spec: Scenario.ClusterSpec) {
        if clusterStates[c].zones.isEmpty {
            for zone in Self.defaultFargateZones { _ = clusterStates[c].zoneIndex(of: zone) }
            for state in clusterStates[c].services {
                state.tasksPerZone = Array(repeating: 0, count: clusterStates[c].zones.count)
            }
        }
        for (i, instanceSpec) in spec.instances.enumerated() {
            configure(InstanceKey(cluster: c, index: i), customAttributes: instanceSpec.attributes)
        }
        for (s, serviceSpec) in spec.services.enumerated() {
            applyScenarioPlacement(serviceSpec.placement, cluster: c, service: s)
        }
        addScheduledTasks(spec.scheduledTasks, cluster: c)
    }

    /// Gives `key`'s instance its attributes and ENI limit. For instances that join later (Auto Scaling),
    /// call this after appending the instance and its slot; daemon services then place a task there.
    func configure(_ key: InstanceKey, customAttributes: [String: String] = [:]) {
        let c = key.cluster
        let instance = self[instance: key]
        var attributes = customAttributes
        attributes["ecs.instance-type"] = instance.instanceType
        attributes["ecs.availability-zone"] = instance.availabilityZone
        attributes["ecs.os-type"] = "linux"
        attributes["ecs.ami-id"] = customAttributes["ecs.ami-id"] ?? Self.ecsOptimizedAMI
        attributes["ecs.cpu-architecture"] = "x86_64"
        self[instance: key].attributes = attributes
        configureNetworkInterfaces(of: key)
        clusterStates[c].placementIndex.attributesVersion += 1
        markDaemonServicesDirty(inCluster: c)
    }
}
