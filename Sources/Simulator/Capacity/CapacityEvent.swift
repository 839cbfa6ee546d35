/// Capacity events in the simulator's queue. Instances are named by EC2 id so that an event outlives
/// index changes (an instance removed from the list shifts the ones after it).
enum CapacityEvent {
    /// The EC2 instance has booted: InService, and its ECS agent registers (REGISTERING).
    case instanceBooted(cluster: Int, group: Int, ec2InstanceID: String)
    /// Registration is done: the container instance becomes ACTIVE.
    case agentRegistered(cluster: Int, ec2InstanceID: String)
    /// A terminating instance is gone: Terminated, and its container instance INACTIVE.
    case instanceShutDown(ec2InstanceID: String)
    /// A Terminated instance drops out of its group's list.
    case terminatedInstanceForgotten(cluster: Int, group: Int, ec2InstanceID: String)
    /// An INACTIVE container instance drops out of the cluster's list.
    case inactiveInstanceExpired(cluster: Int, ec2InstanceID: String)
    /// The group compares its instances with its desired capacity and launches what is missing.
    case groupCheck(cluster: Int, group: Int)
    /// Managed scaling publishes CapacityProviderReservation and acts on it, once a minute.
    case managedScaling
}
