/// UpdateService: whatever is set changes, the rest stays.
public struct ServiceUpdate: Hashable, Sendable {
    public var cluster: String
    public var service: String
    public var desiredCount: Int?
    /// `family`, `family:revision` or an ARN: a new one starts a rolling deployment.
    public var taskDefinition: String?
    public var forceNewDeployment: Bool
    public var deploymentConfiguration: DeploymentConfiguration?
    public var healthCheckGracePeriodSeconds: Int?
    /// These three apply to tasks launched afterwards; none starts a deployment.
    public var propagateTags: PropagateTags?
    public var enableECSManagedTags: Bool?
    public var enableExecuteCommand: Bool?

    public init(
        cluster: String, service: String, desiredCount: Int? = nil, taskDefinition: String? = nil,
        forceNewDeployment: Bool = false, deploymentConfiguration: DeploymentConfiguration? = nil,
        healthCheckGracePeriodSeconds: Int? = nil, propagateTags: PropagateTags? = nil,
        enableECSManagedTags: Bool? = nil, enableExecuteCommand: Bool? = nil
    ) {
        self.propagateTags = propagateTags
        self.enableECSManagedTags = enableECSManagedTags
        self.enableExecuteCommand = enableExecuteCommand
        self.cluster = cluster
        self.service = service
        self.desiredCount = desiredCount
        self.taskDefinition = taskDefinition
        self.forceNewDeployment = forceNewDeployment
        self.deploymentConfiguration = deploymentConfiguration
        self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
    }
}
