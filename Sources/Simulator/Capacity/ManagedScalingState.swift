/// Managed scaling's CloudWatch alarms for one capacity provider, as datapoint streaks.
final class ManagedScalingState {
    /// Index of the provider's Auto Scaling group in the same cluster.
    let group: Int
    /// Consecutive one-minute datapoints above and below the target capacity.
    var datapointsAbove = 0
    var datapointsBelow = 0

    init(group: Int) { self.group = group }
}
