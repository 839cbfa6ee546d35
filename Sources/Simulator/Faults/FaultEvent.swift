/// Fault events in the simulator's queue.
enum FaultEvent {
    /// Entry `index` of the scenario's fault schedule fires.
    case scheduled(index: Int)
    /// A timed fault ends: the recovering fault is injected (reconnect the agent, restore the zone).
    case recover(Fault)
    /// EC2's status checks have failed for the zone's instances: their hosts count as lost.
    case zoneImpairmentDetected(cluster: Int, zone: String)
}

/// How long the effects of faults take, in simulated seconds.
enum FaultTimings {
    /// From a zone outage until EC2 status checks fail and Auto Scaling replaces the instances.
    static let impairmentDetection = 60.0...120.0
}
