import Foundation

/// EC2 Auto Scaling groups: instances launch from the launch template (Pending), boot, and their ECS
/// agent registers them in the cluster the user data names (REGISTERING → ACTIVE, InService). A group
/// short of its desired capacity launches more, spread over its healthy zones.
extension Simulator {
    // MARK: Building

    /// Auto Scaling groups and capacity providers of every cluster, and the services' strategies.
    func setUpCapacity(_ scenario: Scenario) {
        for (c, spec) in scenario.clusters.enumerated() {
            for (g, groupSpec) in spec.autoScalingGroups.enumerated() {
                clusters[c].autoScalingGroups.append(AutoScalingGroup(
                    name: groupSpec.name,
                    arn: "arn:aws:autoscaling:\(names.region):\(names.account):autoScalingGroup:"
                        + "\(auxiliaryGenerator.uuid()):autoScalingGroupName/\(groupSpec.name)",
                    launchTemplate: groupSpec.launchTemplate, minSize: groupSpec.minSize, maxSize: groupSpec.maxSize,
                    desiredCapacity: groupSpec.desiredCapacity, availabilityZones: groupSpec.availabilityZones))
                capacity.addGroup(named: groupSpec.name, at: g, inCluster: c)
            }
            for (p, providerSpec) in spec.capacityProviders.enumerated() {
                clusters[c].capacityProviders.append(CapacityProvider(
                    name: providerSpec.name,
                    arn: names.capacityProviderARN(providerSpec.name),
                    autoScalingGroupName: providerSpec.autoScalingGroup, managedScaling: providerSpec.managedScaling,
                    reservation: 100))
                capacity.addProvider(named: providerSpec.name, at: p, scaling: providerSpec.autoScalingGroup, inCluster: c)
            }
            // FARGATE and FARGATE_SPOT are associated when the scenario's strategies use them, as ECS
            // needs them to be; a FARGATE launch type needs no association.
            let strategies = [spec.defaultCapacityProviderStrategy] + spec.services.map(\.placement.capacityProviderStrategy)
            let fargate = CapacityProviderStrategyItem.fargateProviders.filter { name in
                strategies.contains { $0.contains { $0.capacityProvider == name } }
            }
            clusters[c].cluster.capacityProviders = spec.capacityProviders.map(\.name) + fargate
            clusters[c].cluster.defaultCapacityProviderStrategy = spec.defaultCapacityProviderStrategy
            for (s, serviceSpec) in spec.services.enumerated() {
                // The service's own strategy (ServicePlacement); the cluster's default only when it names
                // neither a strategy nor a launch type, as ECS does (a FARGATE service stays on Fargate).
                let own = serviceSpec.placement.capacityProviderStrategy
                let usesDefault = own.isEmpty && serviceSpec.placement.launchType == nil && serviceSpec.placement.schedulingStrategy == .replica
                let strategy = usesDefault ? spec.defaultCapacityProviderStrategy : own
                clusters[c].services[s].service.capacityProviderStrategy = strategy
            }
            for g in spec.autoScalingGroups.indices { checkGroup(cluster: c, group: g) }
        }
        if capacity.hasCapacityProviders {
            schedule(.capacity(.managedScaling), after: CapacityTimings.managedScalingPeriod)
        }
    }

    func handleCapacity(_ event: CapacityEvent) {
        switch event {
        case .instanceBooted(let c, let g, let ec2InstanceID): boot(ec2InstanceID, cluster: c, group: g)
        case .agentRegistered(let c, let ec2InstanceID): completeRegistration(ec2InstanceID, cluster: c)
        case .instanceShutDown(let ec2InstanceID): shutDown(ec2InstanceID)
        case .terminatedInstanceForgotten(let c, let g, let ec2InstanceID):
            clusters[c].autoScalingGroups[g].instances.removeAll { $0.ec2InstanceID == ec2InstanceID && $0.lifecycleState == .terminated }
        case .inactiveInstanceExpired(let c, let ec2InstanceID): expireInactiveInstance(cluster: c, ec2InstanceID: ec2InstanceID)
        case .groupCheck(let c, let g): checkGroup(cluster: c, group: g)
        case .managedScaling: runManagedScaling()
        }
    }

    // MARK: Launching

    /// Instances that count toward the desired capacity: Pending or InService.
    func liveInstanceCount(cluster c: Int, group g: Int) -> Int {
        clusters[c].autoScalingGroups[g].instances.count { $0.lifecycleState == .pending || $0.lifecycleState == .inService }
    }

    /// Launches instances until the group holds its desired capacity.
    func checkGroup(cluster c: Int, group g: Int) {
        let missing = clusters[c].autoScalingGroups[g].desiredCapacity - liveInstanceCount(cluster: c, group: g)
        for _ in 0..<max(0, missing) {
            guard launchInstance(cluster: c, group: g) else { break }
        }
    }

    /// One instance in the healthy zone with the fewest of the group's instances (first listed on ties),
    /// as EC2 Auto Scaling balances zones. False when every zone of the group is in an outage.
    @discardableResult
    func launchInstance(cluster c: Int, group g: Int) -> Bool {
        let group = clusters[c].autoScalingGroups[g]
        var best: (zone: String, count: Int)?
        for zone in group.availabilityZones where !capacity.isLost(zone, inCluster: c) {
            let count = group.instances.count {
                $0.availabilityZone == zone && ($0.lifecycleState == .pending || $0.lifecycleState == .inService)
            }
            if best == nil || count < best!.count { best = (zone, count) }
        }
        guard let best else { return false }
        let ec2InstanceID = auxiliaryGenerator.ec2InstanceID()
        clusters[c].autoScalingGroups[g].instances.append(AutoScalingGroup.Instance(
            ec2InstanceID: ec2InstanceID, availabilityZone: best.zone, lifecycleState: .pending, launchedAt: date(now)))
        schedule(.capacity(.instanceBooted(cluster: c, group: g, ec2InstanceID: ec2InstanceID)),
                 after: .seconds(in: CapacityTimings.boot, using: &auxiliaryGenerator))
        return true
    }

    /// (cluster, group, position) of an EC2 instance launched by a group.
    func groupInstance(_ ec2InstanceID: String) -> (Int, Int, Int)? {
        for c in clusters.indices {
            for g in clusters[c].autoScalingGroups.indices {
                if let k = clusters[c].autoScalingGroups[g].instances.firstIndex(where: { $0.ec2InstanceID == ec2InstanceID }) {
                    return (c, g, k)
                }
            }
        }
        return nil
    }

    // MARK: Booting and registering

    /// Booted: InService, and the agent registers in the cluster named by `ECS_CLUSTER` in the user data
    /// (the agent's default is `default`). A cluster that doesn't exist leaves the instance unregistered.
    private func boot(_ ec2InstanceID: String, cluster c: Int, group g: Int) {
        guard let k = clusters[c].autoScalingGroups[g].instances.firstIndex(where: { $0.ec2InstanceID == ec2InstanceID }),
              clusters[c].autoScalingGroups[g].instances[k].lifecycleState == .pending else { return }
        clusters[c].autoScalingGroups[g].instances[k].lifecycleState = .inService
        let group = clusters[c].autoScalingGroups[g]
        let zone = group.instances[k].availabilityZone
        guard let target = clusterIndexByName[Self.clusterName(inUserData: group.launchTemplate.userData)],
              let type = InstanceType.named(group.launchTemplate.instanceType) else { return }
        let id = auxiliaryGenerator.resourceID()
        let provider = clusters[target].capacityProviders.first { $0.autoScalingGroupName == group.name }?.name
        let instance = ContainerInstance(
            id: id, arn: names.containerInstanceARN(cluster: clusters[target].cluster.name, id: id),
            ec2InstanceID: ec2InstanceID, instanceType: type.name, availabilityZone: zone, status: .registering,
            agentConnected: !capacity.isLost(zone, inCluster: target), registeredResources: type.registeredResources,
            registeredAt: date(now),
            attributes: [
                "ecs.instance-type": type.name, "ecs.availability-zone": zone, "ecs.os-type": "linux",
                "ecs.ami-id": group.launchTemplate.imageID, "ecs.cpu-architecture": "x86_64",
            ],
            autoScalingGroupName: group.name, capacityProviderName: provider)
        appendInstance(instance, toCluster: target)
        schedule(.capacity(.agentRegistered(cluster: target, ec2InstanceID: ec2InstanceID)),
                 after: .seconds(in: CapacityTimings.registration, using: &auxiliaryGenerator))
    }

    /// REGISTERING → ACTIVE: the instance counts as registered and takes tasks.
    func completeRegistration(_ ec2InstanceID: String, cluster c: Int) {
        guard let key = capacity.instance(ec2InstanceID: ec2InstanceID, inCluster: c), self[instance: key].status == .registering else {
            return
        }
        self[instance: key].status = .active
        clusters[c].cluster.registeredContainerInstancesCount += 1
        capacity.noteRegistered(self[instance: key].registeredResources, inCluster: c)
        self[slot: key].placeable = isPlaceable(self[instance: key])
        markDaemonServicesDirty(inCluster: c)
        wakeServicesWaitingForCapacity(inCluster: c)
        for key in capacity.servicesWaiting(inCluster: c) { markDirty(key) }
    }

    /// `ECS_CLUSTER=<name>` from an `/etc/ecs/ecs.config` line in the user data; `default` without one.
    static func clusterName(inUserData userData: String) -> String {
        for line in userData.split(whereSeparator: \.isNewline) {
            guard let range = line.range(of: "ECS_CLUSTER=") else { continue }
            let name = line[range.upperBound...].prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            if !name.isEmpty { return String(name) }
        }
        return "default"
    }
}
