/// CreateService's checks on how a service runs, shared with scenario validation. Messages are ECS's
/// where they could be confirmed; the rest follow ECS's style and say so.
enum ServiceRules {
    /// ECS's quota on a service's desired count.
    static let desiredCountLimit = 5_000
    /// ECS's quota on services per cluster.
    static let servicesPerClusterLimit = 5_000

    /// Validates and returns the launch type the service's tasks get (FARGATE for a FARGATE or
    /// FARGATE_SPOT capacity provider strategy).
    static func validate(
        schedulingStrategy: SchedulingStrategy, launchType: LaunchType?,
        capacityProviderStrategy: [CapacityProviderStrategyItem], strategies: [PlacementStrategy],
        constraints: [PlacementConstraint], definition: TaskDefinition, deploymentConfiguration: DeploymentConfiguration
    ) throws(ECSError) -> LaunchType {
        let launch = try effectiveLaunchType(launchType, capacityProviderStrategy)
        if schedulingStrategy == .daemon {
            guard launch != .fargate else {
                throw .invalidParameter(
                    "The daemon scheduling strategy does not support the FARGATE launch type. Change the launch type and try again")
            }
            guard strategies.isEmpty else {
                throw .invalidParameter("The daemon scheduling strategy does not support placement strategies")
            }
            guard deploymentConfiguration.maximumPercent <= 100 else {
                throw .invalidParameter("The daemon scheduling strategy does not support values above 100 for maximumPercent")
            }
        }
        try definition.ensureSupports(launch)
        try PlacementPlan.validate(strategies: strategies, constraints: constraints)
        return launch
    }

    /// The launch type from `launchType` or a capacity provider strategy (checked first by
    /// `CapacityProviderStrategyRules`): FARGATE for Fargate providers.
    static func effectiveLaunchType(
        _ launchType: LaunchType?, _ strategy: [CapacityProviderStrategyItem]
    ) throws(ECSError) -> LaunchType {
        if launchType == .external { throw .invalidParameter("The EXTERNAL launch type is not simulated.") }
        guard let first = strategy.first else { return launchType ?? .ec2 }
        return Simulator.fargateProviders.contains(first.capacityProvider) ? .fargate : .ec2
    }

    /// DAEMON services default to minimumHealthyPercent 0 and maximumPercent 100 (ECS's defaults for
    /// them); the model's REPLICA defaults (100 / 200) stand for "not given".
    static func deploymentConfiguration(
        _ given: DeploymentConfiguration, for strategy: SchedulingStrategy
    ) -> DeploymentConfiguration {
        guard strategy == .daemon, given.minimumHealthyPercent == 100, given.maximumPercent == 200 else { return given }
        var configuration = given
        configuration.minimumHealthyPercent = 0
        configuration.maximumPercent = 100
        return configuration
    }
}
