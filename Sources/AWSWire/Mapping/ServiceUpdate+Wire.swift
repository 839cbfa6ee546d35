import ECSModel

// MARK: Request shape → ECSModel

extension ServiceUpdate {
    /// UpdateService's members the simulation models. `cluster` and `service` are local names, as the
    /// caller resolved them. The simulator changes counts, definitions and deployment settings of a
    /// running service, not where or behind what its tasks run: those are refused rather than ignored.
    public init(_ request: ECSShapes.UpdateServiceRequest, cluster: String, service: String) throws(ECSError) {
        let placement: [(String, Bool)] = [
            ("placementStrategy", request.placementStrategy != nil),
            ("placementConstraints", request.placementConstraints != nil),
            ("capacityProviderStrategy", request.capacityProviderStrategy != nil),
            ("loadBalancers", request.loadBalancers != nil),
            ("networkConfiguration", request.networkConfiguration != nil),
            ("serviceRegistries", request.serviceRegistries != nil),
        ]
        for (name, isGiven) in placement where isGiven {
            throw .client("ecstop serve cannot change \(name) with UpdateService; create a new service instead.")
        }
        try RequestMember.refuseUnmodelled(request, keeping: Self.modelledMembers, in: "UpdateService")
        try RequestMember.checkPlatformVersion(request.platformVersion)
        self.init(
            cluster: cluster, service: service, desiredCount: request.desiredCount, taskDefinition: request.taskDefinition,
            forceNewDeployment: request.forceNewDeployment ?? false,
            deploymentConfiguration: try request.deploymentConfiguration.map(DeploymentConfiguration.requested),
            healthCheckGracePeriodSeconds: request.healthCheckGracePeriodSeconds,
            propagateTags: try RequestMember.value(request.propagateTags, "propagateTags"),
            enableECSManagedTags: request.enableECSManagedTags, enableExecuteCommand: request.enableExecuteCommand)
    }

    static let modelledMembers: Set<String> = [
        "platformVersion",
        "cluster", "service", "desiredCount", "taskDefinition", "forceNewDeployment", "deploymentConfiguration",
        "healthCheckGracePeriodSeconds", "propagateTags", "enableECSManagedTags", "enableExecuteCommand",
    ]
}

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
