/// A task by position: its cluster, its owner (a service index, or `TaskKey.standalone` for tasks RunTask
/// started) and its index in the owner's task array. Positions move when stopped tasks expire, so tasks are
/// found by id through `Simulator.taskLocations`, which keeps each task's key current.
struct TaskKey: Hashable {
    /// Owner value for tasks started by RunTask rather than a service.
    static let standalone = -1

    var cluster: Int
    /// Index into the cluster's services, or `standalone`.
    var service: Int
    /// Index into the owner's task array.
    var index: Int

    var isStandalone: Bool { service == Self.standalone }
    /// The owning service, nil for a standalone task.
    var serviceKey: ServiceKey? { isStandalone ? nil : ServiceKey(cluster: cluster, service: service) }
}
