/// The running state as a scenario (`ecstop export`): what a user would write to start a simulation
/// where this one is now. Configuration comes back, not history: the registered task definitions, each
/// service's current desired count, task definition (its PRIMARY deployment's) and scaling bounds,
/// services created since the start, the container instances registered now, the Auto Scaling groups'
/// desired capacities, and the standalone tasks still running. Deleted (DRAINING, INACTIVE) services are
/// left out, and so are deregistered task definition revisions that nothing exported runs.
///
/// Simplified: instances come back ACTIVE whatever their status (a drained instance is registered
/// again, as a fresh one would be), and instances launched by an Auto Scaling group are left to the
/// group, which launches as many again; the fault schedule is the one the scenario started with.
extension Simulator {
    public func exportScenario() -> Scenario {
        let start = initialScenario
        let exportedClusters = clusters.filter(\.cluster.isActive).map { live in
            exportCluster(live, from: start.clusters.first { $0.name == live.cluster.name })
        }
        // Simplified: a deregistered revision still in use comes back ACTIVE.
        let used = Set(exportedClusters.flatMap { cluster in
            cluster.services.map(\.taskDefinition) + cluster.standaloneTasks.map(\.taskDefinition)
                + cluster.scheduledTasks.map(\.taskDefinition)
        })
        var scenario = Scenario(
            taskDefinitions: taskDefinitions.values
                .filter { $0.status == "ACTIVE" || used.contains($0.reference) }
                .sorted { ($0.family, $0.revision) < ($1.family, $1.revision) }
                .map(Self.spec(of:)),
            clusters: exportedClusters)
        scenario.faultSchedule = start.faultSchedule
        return scenario
    }

    private func exportCluster(_ snapshot: ClusterSnapshot, from start: Scenario.ClusterSpec?) -> Scenario.ClusterSpec {
        var cluster = start ?? Scenario.ClusterSpec(
            name: snapshot.cluster.name, instances: [],
            defaultCapacityProviderStrategy: snapshot.cluster.defaultCapacityProviderStrategy)
        cluster.instances = snapshot.instances.filter { $0.autoScalingGroupName == nil && $0.status != .inactive }.map { instance in
            var spec = Scenario.InstanceSpec(instanceType: instance.instanceType, availabilityZone: instance.availabilityZone)
            spec.attributes = instance.attributes.filter { !$0.key.hasPrefix("ecs.") }
            return spec
        }
        cluster.services = snapshot.services.filter { $0.service.status == ServiceStatus.active }.map { live in
            exportService(live, targetGroups: snapshot.targetGroups, from: start?.services.first { $0.name == live.service.name })
        }
        var running: [String: Int] = [:]
        var order: [String] = []
        for task in snapshot.standaloneTasks where task.desiredStatus != .stopped && task.startedBy == nil {
            let reference = task.taskDefinitionARN.arnResourceID
            if running[reference] == nil { order.append(reference) }
            running[reference, default: 0] += 1
        }
        cluster.standaloneTasks = order.map { Scenario.StandaloneTaskSpec(taskDefinition: $0, count: running[$0]!) }
        for (g, group) in cluster.autoScalingGroups.enumerated() {
            if let live = snapshot.autoScalingGroups.first(where: { $0.name == group.name }) {
                cluster.autoScalingGroups[g].desiredCapacity = live.desiredCapacity
            }
        }
        return cluster
    }

    private func exportService(
        _ snapshot: ServiceSnapshot, targetGroups: [TargetGroup], from start: Scenario.ServiceSpec?
    ) -> Scenario.ServiceSpec {
        let service = snapshot.service
        var spec = Scenario.ServiceSpec(
            name: service.name, taskDefinition: service.taskDefinitionARN.arnResourceID,
            desiredCount: service.desiredCount, deploymentConfiguration: service.deploymentConfiguration)
        spec.placement = Scenario.ServicePlacement(
            launchType: service.capacityProviderStrategy.isEmpty ? service.launchType : nil,
            schedulingStrategy: service.schedulingStrategy, placementStrategy: service.placementStrategy,
            placementConstraints: service.placementConstraints, capacityProviderStrategy: service.capacityProviderStrategy)
        spec.loadBalancers = service.loadBalancers.map { balancer in
            let name = targetGroups.first { $0.arn == balancer.targetGroupARN }?.name ?? balancer.targetGroupARN
            return Scenario.ServiceLoadBalancerSpec(targetGroup: name, containerName: balancer.containerName, containerPort: balancer.containerPort)
        }
        spec.healthCheckGracePeriodSeconds = service.healthCheckGracePeriodSeconds
        spec.workload = start?.workload
        spec.autoScaling = snapshot.autoScaling.map { ServiceAutoScaling(minCapacity: $0.minCapacity, maxCapacity: $0.maxCapacity, policies: $0.policies) }
        return spec
    }

    private static func spec(of definition: TaskDefinition) -> Scenario.TaskDefinitionSpec {
        var spec = Scenario.TaskDefinitionSpec(
            family: definition.family, revision: definition.revision, networkMode: definition.networkMode,
            cpu: definition.cpu, memory: definition.memory, containerDefinitions: definition.containerDefinitions)
        spec.options = Scenario.TaskDefinitionOptions(
            requiresCompatibilities: definition.requiresCompatibilities, taskRoleARN: definition.taskRoleARN,
            executionRoleARN: definition.executionRoleARN, volumes: definition.volumes)
        return spec
    }
}
