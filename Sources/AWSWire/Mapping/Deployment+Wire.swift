import ECSModel
import Foundation

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
