/// One cluster's capacity bookkeeping, kept by `Capacity`, next to the Auto Scaling groups and capacity
/// providers its `ClusterSnapshot` lists (same indexes).
final class ClusterCapacity {
    /// Container instance id and EC2 id → index in the cluster's instances.
    var instanceIndexByID: [String: Int] = [:]
    var instanceIndexByEC2ID: [String: Int] = [:]
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
