import ECSModel

// MARK: Request shape → ECSModel

extension DeploymentConfiguration {
    /// ECS's rolling update with its circuit breaker; ECS's defaults for what is not given.
    public static func requested(_ shape: ECSShapes.DeploymentConfiguration) throws(ECSError) -> Self {
        let defaults = DeploymentConfiguration()
        // CloudWatch alarms do not exist in the simulation: a deployment watching them is refused.
        if shape.alarms?.enable == true {
            throw .client("ecstop serve has no CloudWatch alarms: deploymentConfiguration.alarms cannot be enabled.")
        }
        try RequestMember.refuseUnmodelled(
            shape, keeping: ["deploymentCircuitBreaker", "maximumPercent", "minimumHealthyPercent", "alarms"],
            in: "deploymentConfiguration")
        var breaker = defaults.deploymentCircuitBreaker
        if let given = shape.deploymentCircuitBreaker {
            breaker = DeploymentCircuitBreaker(
                enable: try RequestMember.required(given.enable, "deploymentCircuitBreaker.enable"),
                rollback: try RequestMember.required(given.rollback, "deploymentCircuitBreaker.rollback"))
        }
        return Self(
            minimumHealthyPercent: shape.minimumHealthyPercent ?? defaults.minimumHealthyPercent,
            maximumPercent: shape.maximumPercent ?? defaults.maximumPercent, deploymentCircuitBreaker: breaker)
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.DeploymentConfiguration {
    public init(_ configuration: DeploymentConfiguration) {
        self.init(
            deploymentCircuitBreaker: ECSShapes.DeploymentCircuitBreaker(
                enable: configuration.deploymentCircuitBreaker.enable,
                rollback: configuration.deploymentCircuitBreaker.rollback),
            maximumPercent: configuration.maximumPercent, minimumHealthyPercent: configuration.minimumHealthyPercent)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension DeploymentConfiguration {
    /// ECS's defaults for what an endpoint leaves out.
    public init(described shape: ECSShapes.DeploymentConfiguration?) {
        let defaults = DeploymentConfiguration()
        self.init(
            minimumHealthyPercent: shape?.minimumHealthyPercent ?? defaults.minimumHealthyPercent,
            maximumPercent: shape?.maximumPercent ?? defaults.maximumPercent,
            deploymentCircuitBreaker: DeploymentCircuitBreaker(
                enable: shape?.deploymentCircuitBreaker?.enable ?? false,
                rollback: shape?.deploymentCircuitBreaker?.rollback ?? false))
    }
}
