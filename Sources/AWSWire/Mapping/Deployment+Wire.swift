import ECSModel
import Foundation

// MARK: ECSModel → response shape

extension ECSShapes.Deployment {
    /// A deployment of a service on `capacityProviderStrategy` (empty: on its launch type) and in
    /// `networkConfiguration` (a service's deployments share it: UpdateService cannot change it).
    public init(
        _ deployment: Deployment, capacityProviderStrategy: [CapacityProviderStrategyItem],
        networkConfiguration: AwsVpcConfiguration? = nil
    ) {
        let isFargate = deployment.launchType == .fargate
        let usesCapacityProviders = !capacityProviderStrategy.isEmpty
        self.init()
        id = deployment.id
        status = deployment.status.rawValue
        taskDefinition = deployment.taskDefinitionARN
        desiredCount = deployment.desiredCount
        pendingCount = deployment.pendingCount
        runningCount = deployment.runningCount
        failedTasks = deployment.failedTasks
        createdAt = deployment.createdAt
        updatedAt = deployment.updatedAt
        // As the service: the strategy, or else the launch type.
        self.capacityProviderStrategy = usesCapacityProviders
            ? capacityProviderStrategy.map(ECSShapes.CapacityProviderStrategyItem.init) : nil
        launchType = usesCapacityProviders ? nil : ECSShapes.LaunchType(rawValue: deployment.launchType.rawValue)
        platformVersion = isFargate ? "1.4.0" : nil
        platformFamily = isFargate ? "Linux" : nil
        self.networkConfiguration = networkConfiguration.map(ECSShapes.NetworkConfiguration.init)
        rolloutState = ECSShapes.DeploymentRolloutState(rawValue: deployment.rolloutState.rawValue)
        rolloutStateReason = deployment.rolloutStateReason.isEmpty ? nil : deployment.rolloutStateReason
    }
}

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Deployment {
    public init(described shape: ECSShapes.Deployment, at now: Date) {
        self.init(
            id: shape.id ?? "", status: shape.status.flatMap(DeploymentStatus.init(rawValue:)) ?? .active,
            taskDefinitionARN: shape.taskDefinition ?? "", desiredCount: shape.desiredCount ?? 0,
            pendingCount: shape.pendingCount ?? 0, runningCount: shape.runningCount ?? 0,
            failedTasks: shape.failedTasks ?? 0,
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            rolloutState: shape.rolloutState.flatMap { RolloutState(rawValue: $0.rawValue) } ?? .completed,
            rolloutStateReason: shape.rolloutStateReason ?? "", createdAt: shape.createdAt ?? now,
            updatedAt: shape.updatedAt ?? shape.createdAt ?? now)
    }
}
