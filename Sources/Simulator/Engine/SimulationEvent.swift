/// Something the engine has promised to do at a simulated time.
enum SimulationEvent {
    /// Move a task one step along its lifecycle; ignored when `token` is stale (the task's plan changed).
    case taskStep(taskID: String, token: UInt32)
    /// Per-second workload update of every service.
    case workloadTick
    /// Cluster utilization sample for the metrics history.
    case metricsSample
    /// Next container crash of the chaos process; unarmed events only re-draw the next time.
    case crash(armed: Bool, generation: UInt32)
    /// Drop stopped tasks older than the retention period.
    case expirySweep
    /// Try again to place the tasks a service could not place.
    case placementRetry(ServiceKey)
    /// The containers of a task that run to completion exit 0 (TaskDefinitions/Simulator+Containers.swift).
    case containerExit(taskID: String)
    /// An EventBridge rule runs its task (Scheduled/Simulator+ScheduledTasks.swift).
    case scheduledTaskDue(cluster: Int, rule: Int)
    /// Auto Scaling groups, container instance registration, managed scaling (Capacity/).
    case capacity(CapacityEvent)
    /// Application Auto Scaling evaluates its target-tracking alarms, once a minute (AutoScaling/).
    case autoScalingEvaluation
    /// A scheduled fault fires, or a timed one ends (Faults/).
    case fault(FaultEvent)
    /// Target groups and health checks.
    case loadBalancing(LoadBalancingEvent)
    /// Deployments, throttling and failing task definitions (Deployments/).
    case deployment(DeploymentEvent)
}
