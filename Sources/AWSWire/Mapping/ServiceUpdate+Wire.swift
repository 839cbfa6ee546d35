import ECSModel

// MARK: ECSModel → request shape

extension ECSShapes.UpdateServiceRequest {
    /// Every member the model has, so that nothing set on the update stays behind. A member left nil on
    /// the update is left out: UpdateService changes only what it is given.
    public init(_ update: ServiceUpdate) {
        self.init(
            cluster: update.cluster, service: update.service, desiredCount: update.desiredCount,
            taskDefinition: update.taskDefinition,
            deploymentConfiguration: update.deploymentConfiguration.map(ECSShapes.DeploymentConfiguration.init),
            forceNewDeployment: update.forceNewDeployment ? true : nil,
            healthCheckGracePeriodSeconds: update.healthCheckGracePeriodSeconds,
            enableExecuteCommand: update.enableExecuteCommand, enableECSManagedTags: update.enableECSManagedTags,
            propagateTags: update.propagateTags.map { ECSShapes.PropagateTags(rawValue: $0.rawValue) })
    }
}
