/// UpdateService: desired count, deployment configuration, health check grace period, and a new task
/// definition or forceNewDeployment, which start a rolling deployment. Everything is validated before
/// anything changes.
extension Simulator {
    func updateService(_ update: ServiceUpdate) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: update.cluster) else { throw .clusterNotFound() }
        let s = try activeServiceIndex(update.service, inCluster: c)  // Not while it is being deleted.
        let key = ServiceKey(cluster: c, service: s)
        let service = clusters[c].services[s].service

        if let desiredCount = update.desiredCount {
            try rejectDesiredCountForDaemon(cluster: c, service: s)  // DAEMON services have no desired count.
            guard desiredCount >= 0 else {
                throw .invalidParameter("Invalid desiredCount \(desiredCount): it must be zero or greater.")
            }
            guard desiredCount <= DeploymentConfiguration.maximumDesiredCount else {
                throw .invalidParameter(
                    "Invalid desiredCount \(desiredCount): a service runs at most \(DeploymentConfiguration.maximumDesiredCount) tasks.")
            }
        }
        var definition: TaskDefinition?
        if let name = update.taskDefinition {
            let resolved = try launchableTaskDefinition(name)  // An INACTIVE revision launches nothing.
            // The new revision must run the way the service does.
            try resolved.ensureSupports(self[state: ServiceKey(cluster: c, service: s)].plan.launchType)
            for link in service.loadBalancers {
                guard let container = resolved.containerDefinitions.first(where: { $0.name == link.containerName }) else {
                    throw .invalidParameter("The container \(link.containerName) does not exist in the task definition.")
                }
                guard container.portMappings.contains(where: { $0.containerPort == link.containerPort }) else {
                    throw .invalidParameter(
                        "The container \(link.containerName) did not have a container port \(link.containerPort) defined.")
                }
            }
            definition = resolved
        }
        if let configuration = update.deploymentConfiguration {
            try ServiceRules.validate(deploymentConfiguration: configuration)
        }
        if let grace = update.healthCheckGracePeriodSeconds { try ServiceRules.validate(healthCheckGracePeriodSeconds: grace) }

        if let configuration = update.deploymentConfiguration {
            clusters[c].services[s].service.deploymentConfiguration = configuration
        }
        if let grace = update.healthCheckGracePeriodSeconds {
            clusters[c].services[s].service.healthCheckGracePeriodSeconds = grace
        }
        // Tagging and ECS Exec apply to tasks launched from now on; none of them is a new deployment.
        if let propagate = update.propagateTags { clusters[c].services[s].service.propagateTags = propagate }
        if let managed = update.enableECSManagedTags { clusters[c].services[s].service.enableECSManagedTags = managed }
        if let exec = update.enableExecuteCommand { clusters[c].services[s].service.enableExecuteCommand = exec }
        if let desiredCount = update.desiredCount {
            clusters[c].services[s].service.desiredCount = desiredCount
            for d in clusters[c].services[s].service.deployments.indices
            where clusters[c].services[s].service.deployments[d].status == .primary {
                clusters[c].services[s].service.deployments[d].desiredCount = desiredCount
                clusters[c].services[s].service.deployments[d].updatedAt = date(now)
            }
        }
        // The same task definition again starts nothing, unless a new deployment is forced.
        let next = definition ?? self[state: ServiceKey(cluster: c, service: s)].taskDefinition
        if update.forceNewDeployment || next.arn != service.taskDefinitionARN {
            startDeployment(key, of: next)
        }
        markDirty(key)
    }

    /// A new PRIMARY deployment of `definition`; the previous PRIMARY becomes ACTIVE and its tasks are
    /// replaced as the new ones become healthy.
    func startDeployment(_ key: ServiceKey, of definition: TaskDefinition, reason: String? = nil) {
        let id = generator.deploymentID()
        let (c, s) = (key.cluster, key.service)
        for d in clusters[c].services[s].service.deployments.indices
        where clusters[c].services[s].service.deployments[d].status == .primary {
            clusters[c].services[s].service.deployments[d].status = .active
            clusters[c].services[s].service.deployments[d].updatedAt = date(now)
        }
        let service = clusters[c].services[s].service
        let deployment = Deployment(
            id: id, taskDefinitionARN: definition.arn, desiredCount: service.desiredCount,
            launchType: service.launchType, rolloutState: .inProgress,
            rolloutStateReason: reason ?? "ECS deployment \(id) in progress.", createdAt: date(now), updatedAt: date(now))
        clusters[c].services[s].service.deployments.insert(deployment, at: 0)
        clusters[c].services[s].service.taskDefinitionARN = definition.arn
        let state = self[state: ServiceKey(cluster: c, service: s)]
        state.taskDefinition = definition
        state.required = definition.requiredResources
        state.staticHostPorts = definition.staticHostPorts
        state.isSteady = false
        deployments.begin(key, at: now)
        markDirty(key)
    }
}
