/// CloudWatch Logs' GetLogEvents for a task's containers, synthesized on demand (see `LogSynthesizer`).
extension Simulator {
    /// The newest `limit` lines of the task's containers, oldest first; empty for an unknown task.
    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        guard let c = clusterIndex(referencedBy: cluster), let id = localID(task, .task, inCluster: c), let location = taskLocations[id],
              location.cluster == c else { return [] }
        let task = self[task: location.key]
        var curve: RequestCurve?
        var sharing = 1
        if !location.isStandalone {
            curve = telemetry(of: ServiceKey(cluster: c, service: location.service)).curve
            sharing = max(1, clusters[c].services[location.service].service.runningCount)
        }
        return LogSynthesizer(
            seed: seed, task: task, definition: resolveTaskDefinition(task.taskDefinitionARN), curve: curve,
            sharingTasks: sharing, now: date(now), epoch: Self.epoch
        ).events(limit: limit)
    }
}
