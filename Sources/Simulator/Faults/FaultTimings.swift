/// How long the effects of faults take, in simulated seconds.
enum FaultTimings {
    /// From a zone outage until EC2 status checks fail and Auto Scaling replaces the instances.
    static let impairmentDetection = 60.0...120.0
}
