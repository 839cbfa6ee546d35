/// A service's links to target groups, from a scenario or from CreateService: each link becomes a
/// binding through which the service's tasks are registered while ACTIVATING and drained while
/// DEACTIVATING (Simulator+TargetGroups.swift).
extension Simulator {
    /// CreateService's `loadBalancers`, checked as ECS checks them (in its words where it has them):
    /// the target group exists in the cluster, is linked once, and the container exposes the port.
    func targetBindings(
        for links: [LoadBalancer], cluster c: Int, definition: TaskDefinition
    ) throws(ECSError) -> [TargetBinding] {
        var bindings: [TargetBinding] = []
        for link in links {
            guard let t = loadBalancing.targetGroup(arn: link.targetGroupARN, inCluster: c) else {
                // Simplified: a scenario defines target groups per cluster, so only that cluster's services use them.
                if let other = loadBalancing.cluster(ownerOf: link.targetGroupARN) {
                    throw .invalidParameter(
                        "The target group with targetGroupArn \(link.targetGroupARN) belongs to cluster \(clusters[other].cluster.name) in this simulation: only that cluster's services can use it.")
                }
                throw .invalidParameter("The target group with targetGroupArn \(link.targetGroupARN) does not exist.")
            }
            guard !bindings.contains(where: { $0.targetGroup == t }) else {
                throw .invalidParameter("The target group \(link.targetGroupARN) is given twice.")
            }
            guard let container = definition.containerDefinitions.first(where: { $0.name == link.containerName }) else {
                throw .invalidParameter("The container \(link.containerName) does not exist in the task definition.")
            }
            guard container.portMappings.contains(where: { $0.containerPort == link.containerPort }) else {
                throw .invalidParameter(
                    "The container \(link.containerName) did not have a container port \(link.containerPort) defined.")
            }
            let targetType = clusters[c].targetGroups[t].targetType
            guard (definition.networkMode == .awsvpc) == (targetType == .ip) else {
                throw .invalidParameter(
                    "The provided target group \(link.targetGroupARN) has target type \(targetType.rawValue), which is incompatible with the \(definition.networkMode.rawValue) network mode specified in the task definition.")
            }
            bindings.append(TargetBinding(
                targetGroup: t, targetGroupARN: link.targetGroupARN, containerName: link.containerName,
                containerPort: link.containerPort))
        }
        return bindings
    }

    /// Links service `s` to the bindings' target groups.
    func bind(_ bindings: [TargetBinding], cluster c: Int, service s: Int) {
        let health = self[state: ServiceKey(cluster: c, service: s)].health
        for binding in bindings {
            clusters[c].services[s].service.loadBalancers.append(LoadBalancer(
                targetGroupARN: binding.targetGroupARN, containerName: binding.containerName,
                containerPort: binding.containerPort))
            health.bindings.append(binding)
        }
        health.registeredTargets = Array(repeating: 0, count: health.bindings.count)
        health.deregisteredTargets = health.registeredTargets
    }
}
