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

    public init(
        cluster: String, service: String, desiredCount: Int? = nil, taskDefinition: String? = nil,
        forceNewDeployment: Bool = false, deploymentConfiguration: DeploymentConfiguration? = nil,
        healthCheckGracePeriodSeconds: Int? = nil
    ) {
        self.cluster = cluster
        self.service = service
        self.desiredCount = desiredCount
        self.taskDefinition = taskDefinition
        self.forceNewDeployment = forceNewDeployment
        self.deploymentConfiguration = deploymentConfiguration
        self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
    }
}
