/// What the dashboard (or the API server) asks a control plane to do. ECS operations first, named after
/// them, then the simulation's own controls.
public enum ControlPlaneCommand: Hashable, Sendable {
    /// UpdateService with a new desiredCount.
    case updateService(cluster: String, service: String, desiredCount: Int)
    /// StopTask; `task` is an id or ARN.
    case stopTask(cluster: String, task: String, reason: String)
    /// UpdateContainerInstancesState (ACTIVE ↔ DRAINING); instances by id or ARN.
    case updateContainerInstancesState(cluster: String, containerInstances: [String], status: ContainerInstanceStatus)
    /// RunTask: standalone tasks of `taskDefinition` (`family` or `family:revision`).
    case runTask(cluster: String, taskDefinition: String, count: Int)
    case setPaused(Bool)
    case setSpeed(Double)

    /// Commands that change the cluster (as opposed to how it is watched).
    public var isMutating: Bool {
        switch self {
        case .updateService, .stopTask, .updateContainerInstancesState, .runTask: true
        case .setPaused, .setSpeed: false
        }
    }
}
