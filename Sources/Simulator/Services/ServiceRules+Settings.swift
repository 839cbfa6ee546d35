/// The settings CreateService and UpdateService share: the name, the deployment's percentages and the
/// health check grace period. Bounds keep the scheduler's arithmetic (desired × maximumPercent, now +
/// grace) far from overflowing; messages follow ECS's style where its own could not be confirmed.
extension ServiceRules {
    /// ECS's limit on healthCheckGracePeriodSeconds.
    static let gracePeriodLimit = 2_147_483_647
    /// Far above any real deployment's surge; ECS documents no upper bound.
    static let maximumPercentLimit = 100_000

    /// Up to 255 letters, digits, hyphens and underscores.
    static func validateServiceName(_ name: String) throws(ECSError) {
        guard !name.isEmpty else { throw .invalidParameter("Service name can not be blank.") }
        guard ResourceNameRule.isValid(name) else {
            throw .invalidParameter(
                "Service name \(name) is invalid: up to 255 letters (uppercase and lowercase), numbers, underscores and hyphens are allowed.")
        }
    }

    static func validate(deploymentConfiguration configuration: DeploymentConfiguration) throws(ECSError) {
        guard (0...100).contains(configuration.minimumHealthyPercent) else {
            throw .invalidParameter(
                "Invalid minimumHealthyPercent \(configuration.minimumHealthyPercent): it must be between 0 and 100.")
        }
        guard (100...maximumPercentLimit).contains(configuration.maximumPercent) else {
            throw .invalidParameter(
                "Invalid maximumPercent \(configuration.maximumPercent): it must be between 100 and \(maximumPercentLimit).")
        }
    }

    static func validate(healthCheckGracePeriodSeconds grace: Int) throws(ECSError) {
        guard (0...gracePeriodLimit).contains(grace) else {
            throw .invalidParameter(
                "Invalid healthCheckGracePeriodSeconds \(grace): it must be between 0 and \(gracePeriodLimit).")
        }
    }
}
