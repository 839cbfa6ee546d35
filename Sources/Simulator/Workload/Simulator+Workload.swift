import Foundation

/// Per-service utilization every simulated second and metric samples every five: O(services), never
/// per task. A service with a request curve (`Scenario.WorkloadSpec`) derives its tasks' CPU from the
/// requests each one serves — more tasks, less each — and its memory follows that load slowly; above
/// a hard memory limit its tasks get OOM-killed. Other services follow a seeded wave.
extension Simulator {
    static let workloadInterval = Duration.seconds(1)
    static let metricsInterval = Duration.seconds(5)
    /// Standalone tasks (batch jobs) are assumed to use this share of what they reserve.
    static let standaloneUtilization = 0.5
    /// How fast memory follows load: the time constant of a first-order lag, in seconds.
    static let memoryTimeConstant = 120.0
    /// Chance per second, while a service's memory is over its hard limit, that the OOM killer takes a task.
    static let oomKillChancePerSecond = 1.0 / 15

    func tickWorkload() {
        let t = now.seconds
        for c in clusters.indices {
            for (s, state) in clusterStates[c].services.enumerated() {
                // Still advanced for every service, so the main generator's draws stay as they were.
                state.workload.advance(toSecond: t, using: &generator)
                let running = clusters[c].services[s].service.runningCount
                let telemetry = telemetry(of: ServiceKey(cluster: c, service: s))
                if let curve = telemetry.curve {
                    applyLoad(curve, telemetry, key: ServiceKey(cluster: c, service: s), running: running, at: t)
                } else {
                    clusters[c].services[s].cpuUtilization = running > 0 ? state.workload.cpuUtilization : 0
                    clusters[c].services[s].memoryUtilization = running > 0 ? state.workload.memoryUtilization : 0
                }
            }
        }
        schedule(.workloadTick, after: Self.workloadInterval)
    }

    /// Requests per task → CPU; memory drifts toward its load-dependent level.
    private func applyLoad(_ curve: RequestCurve, _ telemetry: ServiceTelemetry, key: ServiceKey, running: Int, at t: Double) {
        let spec = curve.spec
        let rate = curve.rate(at: t)
        telemetry.noise = 0.85 * telemetry.noise + 0.15 * auxiliaryGenerator.uniform(-1...1)
        guard running > 0 else {
            telemetry.requestsPerSecond = 0
            self[service: key].cpuUtilization = 0
            self[service: key].memoryUtilization = 0
            return
        }
        telemetry.requestsPerSecond = rate
        let load = rate / Double(running) / spec.requestsPerTaskAtFullCPU
        let cpu = (spec.idleCPU + load + 0.02 * telemetry.noise).clamped(to: 0.01...1)
        let target = spec.baseMemory + spec.memoryPerLoad * load
        telemetry.memory += (target - telemetry.memory) * (1 - exp(-1 / Self.memoryTimeConstant))
        if telemetry.memory > 1, telemetry.hasHardMemoryLimit, auxiliaryGenerator.chance(Self.oomKillChancePerSecond) {
            oomKill(key, telemetry: telemetry, running: running)
        }
        self[service: key].cpuUtilization = cpu
        self[service: key].memoryUtilization = min(1, telemetry.memory)
    }

    /// One RUNNING task of the service goes over its hard limit and is killed; the service's average
    /// memory drops by that task's share. O(tasks of the service), and rare.
    private func oomKill(_ key: ServiceKey, telemetry: ServiceTelemetry, running: Int) {
        let tasks = self[service: key].tasks
        var candidates: [String] = []
        for task in tasks where task.lastStatus == .running && task.desiredStatus == .running { candidates.append(task.id) }
        guard !candidates.isEmpty else { return }
        let id = candidates[auxiliaryGenerator.index(below: candidates.count)]
        let containers = self[task: taskLocations[id]!.key].containers
        crash(id, container: containers.firstIndex(where: \.essential) ?? 0, outOfMemory: true)
        let base = telemetry.curve?.spec.baseMemory ?? 0
        telemetry.memory -= (telemetry.memory - base) / Double(running)
    }

    /// Service `key`'s telemetry; services created after the start have no request curve.
    func telemetry(of key: ServiceKey) -> ServiceTelemetry {
        telemetry.telemetry(of: key) { s in
            let definition = self[state: ServiceKey(cluster: key.cluster, service: s)].taskDefinition
            return ServiceTelemetry(curve: nil, hasHardMemoryLimit: definition.hasHardMemoryLimit)
        }
    }

    /// Cluster utilization = what running tasks use / what the instances registered; and every
    /// service's metric history.
    func sampleMetrics() {
        for c in clusters.indices {
            let state = clusterStates[c]
            var cpu = Double(state.standaloneRunningReserved.cpu) * Self.standaloneUtilization
            var memory = Double(state.standaloneRunningReserved.memory) * Self.standaloneUtilization
            for (s, serviceState) in state.services.enumerated() {
                let snapshot = clusters[c].services[s]
                let running = Double(snapshot.service.runningCount)
                cpu += snapshot.cpuUtilization * running * Double(serviceState.required.cpu)
                memory += snapshot.memoryUtilization * running * Double(serviceState.required.memory)
                let telemetry = telemetry(of: ServiceKey(cluster: c, service: s))
                telemetry.sample(
                    cpu: snapshot.cpuUtilization, memory: snapshot.memoryUtilization, running: snapshot.service.runningCount)
                clusters[c].services[s].metrics = telemetry.metrics
            }
            let registered = capacity.registeredResources(inCluster: c)
            state.cpuHistory.append(registered.cpu == 0 ? 0 : min(1, cpu / Double(registered.cpu)))
            state.memoryHistory.append(registered.memory == 0 ? 0 : min(1, memory / Double(registered.memory)))
            clusters[c].metrics = ClusterMetrics(
                cpuUtilization: state.cpuHistory.values, memoryUtilization: state.memoryHistory.values)
        }
        schedule(.metricsSample, after: Self.metricsInterval)
    }
}

extension TaskDefinition {
    /// A hard memory limit the OOM killer enforces: task-level memory, or an essential container's `memory`.
    var hasHardMemoryLimit: Bool { memory != nil || containerDefinitions.contains { $0.essential && $0.memory != nil } }
}
