import Foundation

/// An EventBridge rule that runs a task definition on a schedule: `rate(5 minutes)` or
/// `cron(0 12 * * ? *)`.
public struct ScheduledTask: Hashable, Sendable, Identifiable {
    public var name: String
    public var scheduleExpression: String
    public var taskDefinitionARN: String
    public var taskCount: Int
    public var launchType: LaunchType
    public var lastRunAt: Date?
    public var nextRunAt: Date?

    public var id: String { name }

    public init(
        name: String, scheduleExpression: String, taskDefinitionARN: String, taskCount: Int = 1,
        launchType: LaunchType = .ec2, lastRunAt: Date? = nil, nextRunAt: Date? = nil
    ) {
        self.name = name
        self.scheduleExpression = scheduleExpression
        self.taskDefinitionARN = taskDefinitionARN
        self.taskCount = taskCount
        self.launchType = launchType
        self.lastRunAt = lastRunAt
        self.nextRunAt = nextRunAt
    }
}
