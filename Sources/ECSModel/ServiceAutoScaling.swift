import Foundation

/// Application Auto Scaling for one service: its scalable target, policies and what they last did.
public struct ServiceAutoScaling: Hashable, Sendable {
    /// `ecs:service:DesiredCount` bounds.
    public var minCapacity: Int
    public var maxCapacity: Int
    public var policies: [ScalingPolicy]
    /// Newest first.
    public var activities: [ScalingActivity]

    public init(minCapacity: Int, maxCapacity: Int, policies: [ScalingPolicy] = [], activities: [ScalingActivity] = []) {
        self.minCapacity = minCapacity
        self.maxCapacity = maxCapacity
        self.policies = policies
        self.activities = activities
    }
}

/// A target-tracking policy on one predefined metric.
public struct ScalingPolicy: Hashable, Sendable {
    public enum Metric: String, Hashable, Sendable, CaseIterable {
        case averageCPU = "ECSServiceAverageCPUUtilization"
        case averageMemory = "ECSServiceAverageMemoryUtilization"
        case requestsPerTarget = "ALBRequestCountPerTarget"
    }

    public var name: String
    public var metric: Metric
    /// Percent for CPU and memory; requests per target per minute for ALB requests.
    public var targetValue: Double
    public var scaleOutCooldownSeconds: Int
    public var scaleInCooldownSeconds: Int
    public var disableScaleIn: Bool
    /// The metric's latest value, nil while there is no data.
    public var currentValue: Double?

    public init(
        name: String, metric: Metric, targetValue: Double, scaleOutCooldownSeconds: Int = 300,
        scaleInCooldownSeconds: Int = 300, disableScaleIn: Bool = false, currentValue: Double? = nil
    ) {
        self.name = name
        self.metric = metric
        self.targetValue = targetValue
        self.scaleOutCooldownSeconds = scaleOutCooldownSeconds
        self.scaleInCooldownSeconds = scaleInCooldownSeconds
        self.disableScaleIn = disableScaleIn
        self.currentValue = currentValue
    }
}

/// One change Application Auto Scaling made, in its own wording.
public struct ScalingActivity: Hashable, Sendable {
    public var startedAt: Date
    /// `Setting desired count to 6.`
    public var description: String
    /// `monitor alarm TargetTracking-service/prod/web-AlarmHigh-… in state ALARM triggered policy cpu75`
    public var cause: String

    public init(startedAt: Date, description: String, cause: String) {
        self.startedAt = startedAt
        self.description = description
        self.cause = cause
    }
}
