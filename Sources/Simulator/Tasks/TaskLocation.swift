/// Where a task lives in the snapshot arrays, plus the engine's private bookkeeping for it, so that no
/// operation has to scan for a task.
struct TaskLocation {
    /// Instance value for tasks on Fargate capacity (no container instance).
    static let fargate = -1
    /// Instance value for a task waiting in PROVISIONING for its capacity provider to add an instance.
    static let awaitingCapacity = -2

    /// The task's position in the snapshot.
    var key: TaskKey
    /// Index into the cluster's instances, or `fargate` or `awaitingCapacity`.
    var instance: Int
    /// Bumped whenever the task's next step is rescheduled, so the old step event is ignored.
    var token: UInt32 = 0
    /// Position in the simulator's crash-candidate list, or -1.
    var runningSlot: Int = -1
    /// The containers ignored SIGTERM and were killed at the stop timeout.
    var killedAtStopTimeout = false

    var cluster: Int { key.cluster }
    /// Index into the cluster's services, or `TaskKey.standalone`.
    var service: Int { key.service }
    var isStandalone: Bool { key.isStandalone }
    /// The instance the task holds resources on; nil on Fargate or while it waits for capacity.
    var instanceKey: InstanceKey? { instance >= 0 ? InstanceKey(cluster: key.cluster, index: instance) : nil }
}
