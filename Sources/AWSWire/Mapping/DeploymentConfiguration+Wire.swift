import ECSModel

// MARK: ECSModel → shape

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
