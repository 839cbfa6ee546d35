/// Per-service utilization every simulated second and cluster samples every five: O(services), never
/// per task.
extension Simulator {
    static let workloadInterval = Duration.seconds(1)
    static let metricsInterval = Duration.seconds(5)
    /// Standalone tasks (batch jobs) are assumed to use this share of what they reserve.
    static let standaloneUtilization = 0.5

    func tickWorkload() {
        let t = now.seconds
        for c in clusters.indices {
            for (s, state) in clusterStates[c].services.enumerated() {
                state.workload.advance(toSecond: t, using: &generator)
                let running = clusters[c].services[s].service.runningCount > 0
                clusters[c].services[s].cpuUtilization = running ? state.workload.cpuUtilization : 0
                clusters[c].services[s].memoryUtilization = running ? state.workload.memoryUtilization : 0
            }
        }
        schedule(.workloadTick, after: Self.workloadInterval)
    }

    /// Cluster utilization = what running tasks use / what the instances registered.
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
            }
            let registered = state.registeredTotal
            state.cpuHistory.append(registered.cpu == 0 ? 0 : min(1, cpu / Double(registered.cpu)))
            state.memoryHistory.append(registered.memory == 0 ? 0 : min(1, memory / Double(registered.memory)))
            clusters[c].metrics = ClusterMetrics(
                cpuUtilization: state.cpuHistory.values, memoryUtilization: state.memoryHistory.values)
        }
        schedule(.metricsSample, after: Self.metricsInterval)
    }
}
