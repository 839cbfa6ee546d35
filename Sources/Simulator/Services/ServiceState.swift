/// The engine's private counters for one service, kept in step with its tasks so that the reconciler
/// and placement never count by scanning.
final class ServiceState {
    /// The PRIMARY deployment's task definition: what new tasks are launched from.
    var taskDefinition: TaskDefinition
    var required: Resources
    /// Static host ports the task binds (they conflict per instance).
    var staticHostPorts: [Int]
    var workload: WorkloadModel
    /// Launch type, scheduling strategy, strategies and constraints.
    var plan = PlacementPlan()
    /// Health and load balancing (LoadBalancing/ServiceHealth.swift).
    let health = ServiceHealth()

    /// Tasks with desiredStatus RUNNING, per instance index and per zone index (placement spread).
    var tasksPerInstance: [Int32]
    var tasksPerZone: [Int]
    /// desiredStatus RUNNING.
    var activeCount = 0
    /// desiredStatus RUNNING and lastStatus RUNNING: what counts as healthy.
    var activeRunningCount = 0
    /// desiredStatus RUNNING on DRAINING instances.
    var drainingActiveCount = 0
    /// desiredStatus STOPPED but not yet STOPPED: the service is not steady until these are gone.
    var stoppingCount = 0
    var stoppedCount = 0

    var isDirty = false
    var isSteady = false
    var isWaitingForCapacity = false
    var isRetryScheduled = false

    init(taskDefinition: TaskDefinition, instanceCount: Int, zoneCount: Int, workload: WorkloadModel) {
        self.taskDefinition = taskDefinition
        self.required = taskDefinition.requiredResources
        self.staticHostPorts = taskDefinition.staticHostPorts
        self.workload = workload
        self.tasksPerInstance = Array(repeating: 0, count: instanceCount)
        self.tasksPerZone = Array(repeating: 0, count: zoneCount)
    }
}

extension TaskDefinition {
    /// Host ports fixed by the definition: explicit non-zero host ports in bridge mode, container ports in
    /// host mode. UDP mappings are not tracked (the instance's `usedPorts` is TCP).
    var staticHostPorts: [Int] {
        switch networkMode {
        case .bridge:
            containerDefinitions.flatMap(\.portMappings).filter { $0.protocol == .tcp }.compactMap { mapping in
                guard let port = mapping.hostPort, port != 0 else { return nil }
                return port
            }
        case .host:
            containerDefinitions.flatMap(\.portMappings).filter { $0.protocol == .tcp }.map(\.containerPort)
        case .awsvpc, .none:
            []
        }
    }
}
