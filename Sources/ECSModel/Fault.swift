import Foundation

/// Something going wrong on purpose: injected from the dashboard or a scenario's fault schedule.
public enum Fault: Hashable, Sendable {
    /// The task's essential container exits with code 1.
    case crashTask(cluster: String, task: String)
    /// The task's container goes over its hard memory limit and is killed (exit 137).
    case outOfMemory(cluster: String, task: String)
    /// The service's targets answer health checks with 503 for `duration` (nil: until cleared).
    case failHealthChecks(cluster: String, service: String, duration: Duration?)
    /// The EC2 instance is terminated: its tasks stop, the instance deregisters.
    case terminateInstance(cluster: String, instance: String)
    /// The ECS agent loses its connection (agentConnected false); `reconnect` brings it back.
    case disconnectAgent(cluster: String, instance: String)
    case reconnectAgent(cluster: String, instance: String)
    /// Every instance in the zone becomes unreachable; `restoreAvailabilityZone` ends the outage.
    case loseAvailabilityZone(cluster: String, zone: String)
    case restoreAvailabilityZone(cluster: String, zone: String)
}
