/// What happens to a task because of its task definition (`TaskTraits`), and what its start or stop
/// means for its service: health counts, the circuit breaker's failed tasks, the throttle's start failures.
extension Simulator {
    func handle(_ event: DeploymentEvent) {
        switch event {
        case .throttleElapsed(let key):
            deployments.throttleElapsed(key)
            markDirty(key)
        case .crashLoopExit(let id, let token):
            crashLoopExit(id, token: token)
        }
    }

    // MARK: Starting

    /// At the end of PENDING (the image pull): a `-broken` image stops the task before it ever runs.
    /// Returns true when the task failed.
    /// `task` is the task as it was when the step began.
    func failsToPullImage(_ task: Task, at location: TaskLocation) -> Bool {
        let traits = traits(ofDefinition: task.taskDefinitionARN)
        guard traits.behaviour == .broken, let reason = traits.pullErrorReason else { return false }
        modifyTask(location.key) { task in
            for k in task.containers.indices { task.containers[k].reason = reason }
        }
        requestStop(task.id, code: .taskFailedToStart, reason: reason)
        return true
    }

    /// A task reached RUNNING: it counts as healthy now, or once its checks pass; a `-crashloop` one
    /// schedules its exit. `task` is the task as it was when the step began.
    func taskDidStartRunning(_ task: Task, at location: TaskLocation) {
        let id = task.id
        let traits = traits(ofDefinition: task.taskDefinitionARN)
        if traits.behaviour == .crashLoop {
            schedule(
                .deployment(.crashLoopExit(taskID: id, token: location.token)),
                after: .seconds(in: TaskTraits.crashLoopExit, using: &generator))
        }
        guard !location.isStandalone else { return }
        let key = ServiceKey(cluster: location.cluster, service: location.service)
        let health = self[state: key].health
        deployments.taskStarted(key)
        guard var checked = loadBalancing.tasks[id] else {
            health.healthyCount += 1
            return
        }
        checked.runningSince = now
        if let check = traits.containerHealthCheck {
            checked.containerHealth = .unknown
            startContainerHealthCheck(id, check, answers503: traits.behaviour == .unhealthy)
        }
        loadBalancing.tasks[id] = checked
        refreshHealth(id)
    }

    /// The essential container of a `-crashloop` task exits with code 1, like a crash.
    private func crashLoopExit(_ id: String, token: UInt32) {
        guard let location = taskLocations[id], location.token == token else { return }
        let current = self[task: location.key]
        guard current.desiredStatus == .running, current.lastStatus == .running else { return }
        let crashed = current.containers.firstIndex { $0.essential } ?? 0
        modifyTask(location.key) { task in
            task.containers[crashed].lastStatus = .stopped
            task.containers[crashed].exitCode = 1
        }
        requestStop(id, code: .essentialContainerExited, reason: "Essential container in task exited")
    }

    // MARK: Stopping

    /// A service task was told to stop: it no longer counts as healthy; a failure counts against its
    /// deployment (circuit breaker) and, before RUNNING, against the service's starts (throttle).
    func serviceTaskWillStop(_ task: Task, at location: TaskLocation, code: TaskStopCode) {
        let key = ServiceKey(cluster: location.cluster, service: location.service)
        let health = self[state: key].health
        if var checked = loadBalancing.tasks[task.id] {
            if checked.isCountedHealthy { health.healthyCount -= 1 }
            checked.isCountedHealthy = false
            checked.isStopping = true
            loadBalancing.tasks[task.id] = checked
        } else if task.lastStatus == .running {
            health.healthyCount -= 1
        }
        switch code {
        case .taskFailedToStart, .essentialContainerExited:
            recordDeploymentFailure(key, deploymentID: task.startedBy)
            if task.lastStatus < .running { deployments.taskFailedToStart(key) }
        default:
            break
        }
    }

    /// A task failed its ELB or container health checks: a failed task of its deployment.
    func recordHealthCheckFailure(_ id: String) {
        guard let location = taskLocations[id], !location.isStandalone else { return }
        recordDeploymentFailure(
            ServiceKey(cluster: location.cluster, service: location.service), deploymentID: self[task: location.key].startedBy)
    }

    /// Counts a failed task against its deployment while that deployment is rolling out; the reconciler
    /// decides whether the circuit breaker trips.
    private func recordDeploymentFailure(_ key: ServiceKey, deploymentID: String?) {
        guard let deploymentID,
              let d = self[service: key].service.deployments.firstIndex(where: { $0.id == deploymentID }),
              self[service: key].service.deployments[d].rolloutState == .inProgress
        else { return }
        self[service: key].service.deployments[d].failedTasks += 1
        self[service: key].service.deployments[d].updatedAt = date(now)
        markDirty(key)
    }
}
