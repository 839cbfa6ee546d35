/// The engine's private indexes for one cluster, next to its `ClusterSnapshot`.
final class ClusterState {
    var serviceIndexByName: [String: Int] = [:]
    /// Availability zone names, sorted; `PlacementSlot.zone` indexes this.
    var zones: [String] = []
    var services: [ServiceState] = []
    /// Services waiting for capacity, woken when resources free up or an instance becomes placeable.
    var waitingServices: [Int] = []
    /// Stopped standalone tasks still listed.
    var stoppedStandaloneCount = 0
    /// Reserved resources of RUNNING standalone tasks, for cluster utilization.
    var standaloneRunningReserved = Resources.zero
    var cpuHistory = MetricsRing(capacity: MetricsRing.defaultCapacity)
    var memoryHistory = MetricsRing(capacity: MetricsRing.defaultCapacity)
    /// Attribute values, ENI addresses, daemon services, schedules.
    var placementIndex = PlacementIndex()

    func zoneIndex(of zone: String) -> Int {
        if let i = zones.firstIndex(of: zone) { return i }
        zones.append(zone)
        return zones.count - 1
    }
}
