/// The engine's private capacity state for one cluster, next to the Auto Scaling groups and capacity
/// providers its `ClusterSnapshot` lists (same indexes).
final class ClusterCapacity {
    var groupIndexByName: [String: Int] = [:]
    /// Per capacity provider: which group it scales and its alarm datapoints.
    var providers: [ManagedScalingState] = []
    var providerIndexByName: [String: Int] = [:]
    /// Service index → its tasks waiting in PROVISIONING for capacity, oldest first.
    var provisioning: [Int: [String]] = [:]
    /// Zones in an outage: unreachable, and no Auto Scaling group launches there.
    var lostZones: Set<String> = []
    /// EC2 ids of instances shutting down: their agent is gone for good, whatever reconnects.
    var terminating: Set<String> = []
}
