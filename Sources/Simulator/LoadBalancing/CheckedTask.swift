/// A checked task: where it is registered and whether it counts as healthy for its deployment.
struct CheckedTask {
    var service: ServiceKey
    /// Indexes into the service's `ServiceHealth.bindings` (and so target groups) it is registered with.
    var bindings: [Int] = []
    var healthyTargets = 0
    /// nil: no container health check; `.unknown` until the first verdict.
    var containerHealth: HealthStatus?
    var runningSince: Duration?
    /// Counted in `ServiceHealth.healthyCount`.
    var isCountedHealthy = false
    /// desiredStatus STOPPED: nothing more is counted for it.
    var isStopping = false
}
