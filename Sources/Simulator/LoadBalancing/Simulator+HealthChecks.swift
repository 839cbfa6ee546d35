/// ELB health checks (one batched round per target group per interval), container health checks, and
/// what counts as a healthy task: RUNNING and, where checked, healthy in every target group and by its
/// container health check. Unhealthy tasks past the service's health check grace period are replaced.
///
/// Simplified: a round checks every target of the group at the same moment, so a new target waits up to
/// one interval for its first check; a container health check reaches one verdict per task (HEALTHY after
/// one interval, or UNHEALTHY after startPeriod + interval × retries for `-unhealthy` images) rather than
/// checking forever, and the `failHealthChecks` fault affects ELB checks only.
extension Simulator {
    // MARK: ELB health checks

    /// A round's counters are kept by `loadBalancing`; the engine then moves the targets' states and
    /// replaces tasks, which may stop tasks and deregister targets, so it does so after the round.
    func runHealthChecks(cluster c: Int, targetGroup t: Int) {
        // Read through `clusters` rather than a local copy of the group, so that changing a target copies
        // its array only when a snapshot shares it.
        let check = clusters[c].targetGroups[t].healthCheck
        defer { schedule(.loadBalancing(.healthCheck(cluster: c, targetGroup: t)), after: .seconds(check.intervalSeconds)) }
        let now = now
        let results = loadBalancing.checkRound(group: t, cluster: c) { s in
            self[state: ServiceKey(cluster: c, service: s)].health.failsHealthChecks(at: now)
        }
        var unhealthy: [(service: Int, k: Int, taskID: String)] = []
        for result in results {
            let (k, record) = (result.target, result.record)
            let state = clusters[c].targetGroups[t].targets[k].state
            if result.passes, state != .healthy, record.passes >= check.healthyThresholdCount {
                setTarget(c, t, k, record.taskID, .healthy, reason: nil, description: nil)
            } else if !result.passes, state != .unhealthy, record.failures >= check.unhealthyThresholdCount {
                setTarget(c, t, k, record.taskID, .unhealthy, reason: Self.responseCodeMismatch,
                          description: "Health checks failed with these codes: [503]")
            } else if state == .initial, clusters[c].targetGroups[t].targets[k].reason == Self.registrationInProgress {
                clusters[c].targetGroups[t].targets[k].reason = Self.initialHealthChecking
                clusters[c].targetGroups[t].targets[k].description = "Initial health checks in progress"
            }
            if clusters[c].targetGroups[t].targets[k].state == .unhealthy { unhealthy.append((record.service, k, record.taskID)) }
        }
        replaceUnhealthyTargets(unhealthy, cluster: c, targetGroup: t)
    }

    /// Moves target `k` (task `id`'s) to a new state and keeps its task's healthy-target count in step.
    private func setTarget(
        _ c: Int, _ t: Int, _ k: Int, _ id: String, _ state: TargetHealthState, reason: String?, description: String?
    ) {
        let previous = clusters[c].targetGroups[t].targets[k].state
        clusters[c].targetGroups[t].targets[k].state = state
        clusters[c].targetGroups[t].targets[k].reason = reason
        clusters[c].targetGroups[t].targets[k].description = description
        guard (previous == .healthy) != (state == .healthy) else { return }
        loadBalancing.tasks[id]?.healthyTargets += state == .healthy ? 1 : -1
        refreshHealth(id)
    }

    /// ECS stops each task whose target is unhealthy once the grace period since it started is over, one
    /// unhealthy event per task, then one stop event per service. Stopping a RUNNING task only starts its
    /// targets draining, so the round's target places stay valid here.
    private func replaceUnhealthyTargets(
        _ unhealthy: [(service: Int, k: Int, taskID: String)], cluster c: Int, targetGroup t: Int
    ) {
        guard !unhealthy.isEmpty else { return }
        let arn = clusters[c].targetGroups[t].arn
        var stoppedByService: [(service: Int, ids: [String])] = []
        for (s, k, id) in unhealthy {
            guard let checked = loadBalancing.tasks[id], !checked.isStopping, let since = checked.runningSince else { continue }
            let service = clusters[c].services[s].service
            guard now - since >= .seconds(service.healthCheckGracePeriodSeconds) else { continue }
            let key = ServiceKey(cluster: c, service: s)
            appendEvent(key, ServiceEventMessage.unhealthyTarget(
                service: service.name, taskID: id, port: clusters[c].targetGroups[t].targets[k].port, targetGroupARN: arn))
            recordHealthCheckFailure(id)
            requestStop(id, code: .serviceSchedulerInitiated, reason: "Task failed ELB health checks in (target-group \(arn))")
            if let i = stoppedByService.firstIndex(where: { $0.service == s }) {
                stoppedByService[i].ids.append(id)
            } else {
                stoppedByService.append((s, [id]))
            }
        }
        for (s, ids) in stoppedByService {
            let name = clusters[c].services[s].service.name
            appendEvent(ServiceKey(cluster: c, service: s), ServiceEventMessage.stopped(service: name, taskIDs: ids))
        }
    }

    // MARK: Container health checks

    /// Schedules the verdict of a task's container health check.
    func startContainerHealthCheck(_ id: String, _ check: ContainerHealthCheck, answers503: Bool) {
        let delay = answers503
            ? check.startPeriod + check.interval * max(1, check.retries)
            : max(1, check.interval)
        schedule(.loadBalancing(.containerHealthVerdict(taskID: id, token: taskLocations[id]!.token)), after: .seconds(delay))
    }

    func reachContainerHealthVerdict(_ id: String, token: UInt32) {
        guard let location = taskLocations[id], location.token == token,
              var checked = loadBalancing.tasks[id], !checked.isStopping, let since = checked.runningSince else { return }
        let answers503 = traits(ofDefinition: self[task: location.key].taskDefinitionARN).behaviour == .unhealthy
        let verdict: HealthStatus = answers503 ? .unhealthy : .healthy
        if checked.containerHealth != verdict {
            checked.containerHealth = verdict
            loadBalancing.tasks[id] = checked
            let checkedContainers = Set(resolveTaskDefinition(self[task: location.key].taskDefinitionARN)?
                .containerDefinitions.filter { $0.healthCheck != nil }.map(\.name) ?? [])
            modifyTask(location.key) { task in
                task.healthStatus = verdict
                for k in task.containers.indices where checkedContainers.contains(task.containers[k].name) {
                    task.containers[k].healthStatus = verdict
                }
            }
            refreshHealth(id)
        }
        guard verdict == .unhealthy else { return }
        let key = checked.service
        let service = self[service: key].service
        let graceEnd = since + .seconds(service.healthCheckGracePeriodSeconds)
        guard now >= graceEnd else {
            schedule(.loadBalancing(.containerHealthVerdict(taskID: id, token: token)), after: graceEnd - now)
            return
        }
        appendEvent(key, ServiceEventMessage.failedContainerHealthChecks(service: service.name, taskID: id))
        recordHealthCheckFailure(id)
        requestStop(id, code: .serviceSchedulerInitiated, reason: "Task failed container health checks")
        appendEvent(key, ServiceEventMessage.stopped(service: service.name, taskIDs: [id]))
    }

    // MARK: What counts as healthy

    /// Re-derives whether a checked task counts as healthy and moves the service's count with it.
    func refreshHealth(_ id: String) {
        guard var checked = loadBalancing.tasks[id] else { return }
        let healthy = !checked.isStopping && checked.runningSince != nil
            && checked.healthyTargets == checked.bindings.count
            && (checked.containerHealth == nil || checked.containerHealth == .healthy)
        guard healthy != checked.isCountedHealthy else { return }
        checked.isCountedHealthy = healthy
        loadBalancing.tasks[id] = checked
        self[state: checked.service].health.healthyCount += healthy ? 1 : -1
        markDirty(checked.service)
    }

    /// Whether a service task with desiredStatus RUNNING counts as healthy.
    func isCountedHealthy(_ task: Task) -> Bool {
        if let checked = loadBalancing.tasks[task.id] { return checked.isCountedHealthy }
        return task.lastStatus == .running
    }
}
