/// Where a task lives in the snapshot arrays, plus the engine's private bookkeeping for it, so that no
/// operation has to scan for a task.
struct TaskLocation {
    /// Owner value for tasks started by RunTask rather than a service.
    static let standalone = -1
    /// Instance value for tasks on Fargate capacity (no container instance).
    static let fargate = -1
    /// Instance value for a task waiting in PROVISIONING for its capacity provider to add an instance.
    static let awaitingCapacity = -2

    var cluster: Int
    /// Index into the cluster's services, or `standalone`.
    var service: Int
    /// Index into the owner's task array.
    var index: Int
    /// Index into the cluster's instances, or `fargate`.
    var instance: Int
    /// Bumped whenever the task's next step is rescheduled, so the old step event is ignored.
    var token: UInt32 = 0
    /// Position in the simulator's crash-candidate list, or -1.
    var runningSlot: Int = -1
    /// The containers ignored SIGTERM and were killed at the stop timeout.
    var killedAtStopTimeout = false

    var isStandalone: Bool { service == Self.standalone }
}
