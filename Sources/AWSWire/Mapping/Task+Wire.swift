import ECSModel
import Foundation

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Task {
    /// `ec2InstanceIDs` maps container instance ids to their EC2 instances: a task does not say.
    public init(described shape: ECSShapes.Task, ec2InstanceIDs: [String: String], at now: Date) {
        let arn = shape.taskArn ?? ""
        let containerInstanceID = shape.containerInstanceArn?.arnResourceID
        self.init(
            id: arn.arnResourceID, arn: arn, clusterARN: shape.clusterArn ?? "",
            taskDefinitionARN: shape.taskDefinitionArn ?? "", containerInstanceID: containerInstanceID,
            ec2InstanceID: containerInstanceID.flatMap { ec2InstanceIDs[$0] },
            availabilityZone: shape.availabilityZone ?? "",
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            lastStatus: shape.lastStatus.flatMap(TaskStatus.init(rawValue:)) ?? .pending,
            desiredStatus: shape.desiredStatus.flatMap(TaskStatus.init(rawValue:)) ?? .running,
            healthStatus: shape.healthStatus.flatMap { HealthStatus(rawValue: $0.rawValue) } ?? .unknown,
            group: shape.group ?? "", startedBy: shape.startedBy,
            cpu: shape.cpu.flatMap { Int($0) } ?? 0, memory: shape.memory.flatMap { Int($0) } ?? 0,
            containers: (shape.containers ?? []).map(Container.init(described:)), createdAt: shape.createdAt ?? now)
        pullStartedAt = shape.pullStartedAt
        startedAt = shape.startedAt
        stoppingAt = shape.stoppingAt
        stoppedAt = shape.stoppedAt
        stopCode = shape.stopCode.flatMap { TaskStopCode(rawValue: $0.rawValue) }
        stoppedReason = shape.stoppedReason
        capacityProviderName = shape.capacityProviderName
        enableExecuteCommand = shape.enableExecuteCommand ?? false
        // The task's ENI (awsvpc): its attachment's details name the address.
        privateIPv4Address = shape.attachments?.lazy.compactMap { attachment in
            attachment.details?.first { $0.name == "privateIPv4Address" }?.value
        }.first
    }
}
