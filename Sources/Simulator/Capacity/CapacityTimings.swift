/// How long EC2 and the ECS agent take, in simulated seconds.
enum CapacityTimings {
    /// From RunInstances until the ECS agent calls RegisterContainerInstance (boot, cloud-init, agent start).
    static let boot = 60.0...90.0
    /// REGISTERING → ACTIVE.
    static let registration = 2.0...4.0
    /// From a terminate call until the instance is Terminated.
    static let shutdown = 20.0...40.0
    /// An Auto Scaling group notices it is short of its desired capacity.
    static let replacementDelay = 5.0...15.0
    /// A Terminated instance stays in its group's list this long.
    static let terminatedListed = Duration.seconds(60)
    /// An INACTIVE container instance stays listed this long (like a stopped task), once nothing refers to it.
    static let inactiveListed = Duration.seconds(3600)
    /// CloudWatch's period for CapacityProviderReservation and managed scaling's decisions.
    static let managedScalingPeriod = Duration.seconds(60)
    /// Target tracking's alarms: scale out after 1 datapoint above target, in after 15 below.
    static let scaleOutDatapoints = 1
    static let scaleInDatapoints = 15
}
