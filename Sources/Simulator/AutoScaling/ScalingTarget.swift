/// The engine's private Application Auto Scaling state for one service's scalable target: each target
/// tracking policy's two CloudWatch alarms as datapoint streaks, and when it last scaled.
final class ScalingTarget {
    let key: ServiceKey
    var policies: [PolicyAlarms]
    var lastScaleOut: Duration?
    var lastScaleIn: Duration?

    init(key: ServiceKey, policies: [PolicyAlarms]) {
        self.key = key
        self.policies = policies
    }

    struct PolicyAlarms {
        /// `TargetTracking-service/<cluster>/<service>-AlarmHigh-<uuid>` and its AlarmLow twin.
        var highAlarm: String
        var lowAlarm: String
        /// Consecutive one-minute datapoints above the target, and below 90 % of it.
        var above = 0
        var below = 0
    }
}
