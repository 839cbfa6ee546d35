/// Target tracking's alarms as Application Auto Scaling creates them for ECS.
enum TargetTrackingAlarms {
    /// AlarmHigh: 3 datapoints within 3 minutes above the target.
    static let scaleOutDatapoints = 3
    /// AlarmLow: 15 datapoints within 15 minutes below 90 % of the target.
    static let scaleInDatapoints = 15
    static let scaleInThreshold = 0.9
    static let period = Duration.seconds(60)
    /// Activities kept per service, newest first.
    static let activityLimit = 50
}
