/// The service scheduler: brings each dirty REPLICA service toward desiredCount, drains instances within
/// the deployment configuration, and writes the service events ECS would.
extension Simulator {
    /// How long a service waits before trying again to place tasks that did not fit.
    static let placementRetryInterval = Duration.seconds(20)

    func reconcileDirtyServices() {
        // Reconciling may dirty further services (a stop frees capacity), so drain the list until empty.
        while !dirtyServices.isEmpty {
            let keys = dirtyServices
            dirtyServices.removeAll(keepingCapacity: true)
            for key in keys {
                self[state: key].isDirty = false
                reconcile(key)
            }
        }
    }

    /// One pass for one service. Order matters: stop what must go, then start what is missing, so that at
    /// maximumPercent 100 the old tasks make room first. Per deployment: the PRIMARY wants desiredCount
    /// tasks, older (ACTIVE) ones want none and lose their tasks as far as minimumHealthyPercent allows.
    func reconcile(_ key: ServiceKey) {
        // A deleted service starts nothing more; it only stops what it still has.
        if self[service: key].service.status != ServiceStatus.active {
            return reconcileDeletedService(key)
        }
        // Capacity: tasks waiting in PROVISIONING take capacity that has arrived.
        placeProvisioningTasks(key)
        let state = self[state: key]
        writeTargetEvents(key)
        checkCircuitBreaker(key)
        updateThrottle(key)
        if state.plan.isDaemon { return reconcileDaemon(key) }  // One task per instance, not a count.
        let service = self[service: key].service
        let desired = service.desiredCount
        let configuration = service.deploymentConfiguration
        let deploymentID = service.primaryDeployment?.id ?? ""
        let schedulerReason = "Scaling activity initiated by (deployment \(deploymentID))"
        var stopped: [String] = []

        // Several deployments or draining instances: which tasks go (Deployments/Simulator+Rollout.swift).
        let census = deploymentCensus(key)

        // Draining instances and older deployments: tasks that are not healthy stop at once.
        for id in census?.stopAtOnce ?? [] {
            requestStop(id, code: .serviceSchedulerInitiated, reason: schedulerReason)
            stopped.append(id)
        }

        // Scale-in: only the PRIMARY's tasks off draining instances count toward the excess.
        let primaryActive = census?.primaryActive ?? (state.activeCount - state.drainingActiveCount)
        let excess = primaryActive - desired
        if excess > 0 {
            for id in scaleInVictims(key, count: excess, deployment: census == nil ? nil : deploymentID) {
                requestStop(id, code: .serviceSchedulerInitiated, reason: schedulerReason)
                stopped.append(id)
            }
        }

        // Draining instances and older deployments: healthy tasks stop as far as minimumHealthyPercent allows.
        var replaceableStoppable = 0
        if let census, !census.replaceable.isEmpty {
            let minimumHealthy = configuration.minimumHealthyTasks(desired: desired)
            replaceableStoppable = min(census.replaceable.count, state.health.healthyCount - minimumHealthy)
            for id in census.replaceable.prefix(max(0, replaceableStoppable)) {
                requestStop(id, code: .serviceSchedulerInitiated, reason: schedulerReason)
                stopped.append(id)
            }
        }
        if !stopped.isEmpty { appendEvent(key, ServiceEventMessage.stopped(service: service.name, taskIDs: stopped)) }

        // Start the PRIMARY's missing tasks off draining instances, within maximumPercent of all
        // desired-running tasks, unless its deployment failed or the service is throttled.
        let maximumTasks = max(configuration.maximumTasks(desired: desired), desired)
        let missing = desired - (primaryActive - max(0, excess))
        let toStart = min(missing, maximumTasks - state.activeCount)
        let mayLaunch = toStart > 0 && primaryMayLaunch(key)
        var started: [String] = []
        if mayLaunch {
            state.isWaitingForCapacity = false
            for _ in 0..<toStart {
                // Capacity: a capacity provider strategy places on its Auto Scaling group, or waits in PROVISIONING.
                if let id = launchOnCapacityProvider(key) { started.append(id); continue }
                guard let instance = placeTask(for: key) else {
                    let failure = placementFailure(for: key)
                    if !started.isEmpty {
                        appendEvent(key, ServiceEventMessage.started(service: service.name, taskIDs: started))
                        started = []
                    }
                    appendEvent(key, ServiceEventMessage.unableToPlace(service: service.name, failure))
                    waitForCapacity(key)
                    break
                }
                started.append(launchTask(
                    state.taskDefinition, cluster: key.cluster, service: key.service, instance: instance,
                    group: "service:\(service.name)", startedBy: deploymentID))
            }
        } else if missing <= 0 {
            state.isWaitingForCapacity = false
        }
        if !started.isEmpty { appendEvent(key, ServiceEventMessage.started(service: service.name, taskIDs: started)) }

        // A drain or deployment that can neither stop nor start, and has nothing pending (not yet healthy)
        // that could unblock it.
        let pending = state.activeCount - state.health.healthyCount
        if let census, !census.replaceable.isEmpty, stopped.isEmpty, started.isEmpty, toStart <= 0,
           replaceableStoppable <= 0, pending == 0 {
            appendEvent(key, ServiceEventMessage.blockedByDeploymentConfiguration(service: service.name))
        }

        updateOlderDeployments(key)
        updateSteadyState(key)
    }

    /// Steady: exactly desiredCount tasks RUNNING and healthy, none pending, none still stopping, none left
    /// on draining instances, one deployment.
    func updateSteadyState(_ key: ServiceKey) {
        let state = self[state: key]
        let desired = self[service: key].service.desiredCount
        let steady = state.activeCount == desired && state.activeRunningCount == desired
            && state.stoppingCount == 0 && state.drainingActiveCount == 0 && !state.isWaitingForCapacity
            && state.health.healthyCount == desired
            && self[service: key].service.deployments.count == 1
        defer { state.isSteady = steady }
        guard steady, !state.isSteady else { return }
        let name = self[service: key].service.name
        if let d = self[service: key].service.deployments.firstIndex(where: {
            $0.status == .primary && $0.rolloutState == .inProgress
        }) {
            let id = self[service: key].service.deployments[d].id
            self[service: key].service.deployments[d].rolloutState = .completed
            self[service: key].service.deployments[d].rolloutStateReason =
                "ECS deployment \(id) completed."
            self[service: key].service.deployments[d].updatedAt = date(now)
            deployments.completed(
                key, deploymentID: id, taskDefinitionARN: self[service: key].service.deployments[d].taskDefinitionARN)
            appendEvent(key, ServiceEventMessage.deploymentCompleted(service: name, deploymentID: id))
        }
        appendEvent(key, ServiceEventMessage.steadyState(service: name))
    }

    // MARK: Choosing tasks

    func isOnDrainingInstance(_ task: Task, _ key: ServiceKey) -> Bool {
        // Fargate tasks and tasks waiting for capacity are on no instance.
        guard let instance = taskLocations[task.id]?.instanceKey else { return false }
        return self[instance: instance].status == .draining
    }

    /// Ids of the service's tasks with desiredStatus RUNNING that match, oldest first.
    private func serviceTaskIDs(_ key: ServiceKey, limit: Int = .max, where matches: (Task) -> Bool) -> [String] {
        var ids: [String] = []
        for task in self[service: key].tasks where task.desiredStatus == .running && matches(task) {
            ids.append(task.id)
            if ids.count == limit { break }
        }
        return ids
    }

    /// Scale-in as ECS does it: tasks not yet RUNNING first (newest first), then from the zone with the
    /// most tasks of the service, then the instance there with the most; ties at random. With
    /// `deployment`, only that deployment's tasks are candidates.
    private func scaleInVictims(_ key: ServiceKey, count: Int, deployment: String? = nil) -> [String] {
        let state = self[state: key]
        if state.plan.isFargate { return fargateScaleInVictims(key, count: count) }  // No instances to spread over.
        let slots = capacity.slots(inCluster: key.cluster)
        var victims: [String] = []
        var candidatesByInstance: [Int: [String]] = [:]
        var pendingCandidates: [String] = []
        for task in self[service: key].tasks
        where task.desiredStatus == .running && (deployment == nil || task.startedBy == deployment) {
            // Fargate tasks and tasks waiting in PROVISIONING have no instance.
            guard let location = taskLocations[task.id],
                  location.instanceKey.map({ self[instance: $0].status != .draining }) ?? true else { continue }
            if task.lastStatus < .running {
                pendingCandidates.append(task.id)
            } else {
                candidatesByInstance[location.instance, default: []].append(task.id)
            }
        }
        victims.append(contentsOf: pendingCandidates.reversed().prefix(count))
        // Counts as they will be once the chosen victims stop, and without the tasks on draining instances:
        // those are leaving anyway, so a zone they inflate must not lose its last task that stays.
        var perZone = state.tasksPerZone
        var perInstance = state.tasksPerInstance
        for i in perInstance.indices where perInstance[i] > 0 && self[instance: InstanceKey(cluster: key.cluster, index: i)].status == .draining {
            perZone[Int(slots[i].zone)] -= Int(perInstance[i])
            perInstance[i] = 0
        }
        for id in victims {
            let instance = taskLocations[id]!.instance
            guard instance >= 0 else { continue }  // Capacity: waiting in PROVISIONING, counted nowhere.
            perInstance[instance] -= 1
            perZone[Int(slots[instance].zone)] -= 1
        }
        // Candidate instances bucketed by zone and by their task count, so that each pick is O(zones):
        // scaling a thousand-task service in by hundreds must not rescan every instance per victim.
        // Filled in sorted order, so the dictionary's per-process order never leaks into the choice.
        var buckets = Array(repeating: [Int32: [Int]](), count: perZone.count)
        var top = Array(repeating: Int32(-1), count: perZone.count)
        for instance in candidatesByInstance.keys.sorted() {
            let (z, n) = (Int(slots[instance].zone), perInstance[instance])
            buckets[z][n, default: []].append(instance)
            top[z] = max(top[z], n)
        }
        while victims.count < count {
            let live = top.indices.filter { top[$0] >= 0 }
            guard let most = live.map({ perZone[$0] }).max() else { break }
            let zones = live.filter { perZone[$0] == most }
            let z = zones[generator.index(below: zones.count)]
            let n = top[z]
            var tied = buckets[z][n]!
            let instance = tied.remove(at: generator.index(below: tied.count))
            buckets[z][n] = tied.isEmpty ? nil : tied
            // The newest of the service's tasks there.
            victims.append(candidatesByInstance[instance]!.removeLast())
            perInstance[instance] -= 1
            perZone[z] -= 1
            if !candidatesByInstance[instance]!.isEmpty { buckets[z][n - 1, default: []].append(instance) }
            while top[z] >= 0, buckets[z][top[z]] == nil { top[z] -= 1 }
        }
        return victims
    }

    // MARK: Capacity waits

    func waitForCapacity(_ key: ServiceKey) {
        let state = self[state: key]
        state.isWaitingForCapacity = true
        if !clusterStates[key.cluster].waitingServices.contains(key.service) {
            clusterStates[key.cluster].waitingServices.append(key.service)
        }
        if !state.isRetryScheduled {
            state.isRetryScheduled = true
            schedule(.placementRetry(key), after: Self.placementRetryInterval)
        }
    }

    /// Capacity freed up in cluster `c`: services that could not place tasks try again now.
    func wakeServicesWaitingForCapacity(inCluster c: Int) {
        let waiting = clusterStates[c].waitingServices
        guard !waiting.isEmpty else { return }
        clusterStates[c].waitingServices.removeAll()
        for s in waiting {
            markDirty(ServiceKey(cluster: c, service: s))
        }
    }

    // MARK: Events

    /// Newest first, at most `ServiceEvent.limit`; a message equal to the newest is not repeated.
    /// Activity on a steady service makes it announce "has reached a steady state." again once it is.
    /// (The steady state's own events are written while the service is not yet marked steady.)
    func appendEvent(_ key: ServiceKey, _ message: String) {
        // Read in place: a local copy of the events would make the insert copy them all.
        if self[service: key].service.events.first?.message == message { return }
        let event = ServiceEvent(id: generator.uuid(), createdAt: date(now), message: message)
        self[service: key].service.events.insert(event, at: 0)
        if self[service: key].service.events.count > ServiceEvent.limit {
            self[service: key].service.events.removeLast()
        }
        let state = self[state: key]
        if state.isSteady {
            state.isSteady = false
            markDirty(key)
        }
    }
}
