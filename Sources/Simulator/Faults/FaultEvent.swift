/// Fault events in the simulator's queue.
enum FaultEvent {
    /// Entry `index` of the scenario's fault schedule fires.
    case scheduled(index: Int)
    /// A timed fault ends: the recovering fault is injected (reconnect the agent, restore the zone).
    case recover(Fault)
    /// EC2's status checks have failed for the zone's instances: their hosts count as lost.
    case zoneImpairmentDetected(cluster: Int, zone: String)
}
