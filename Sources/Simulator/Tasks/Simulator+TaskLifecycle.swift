/// Task creation, the lifecycle walk, stop requests and the bookkeeping that follows each status change.
extension Simulator {
    static let oomReason = "OutOfMemoryError: Container killed due to memory usage"

    // MARK: Writing a task where it lives

    /// Several changes to task `key` in one place, in the snapshot's array.
    func modifyTask(_ key: TaskKey, _ body: (inout Task) -> Void) {
        body(&self[task: key])
    }

    // MARK: Launch

    /// Creates a task on instance `i` of cluster `c`, reserving its resources and ports, and starts its
    /// lifecycle. `service` is a service index or `TaskKey.standalone`. Returns the task id.
    @discardableResult
    func launchTask(
        _ definition: TaskDefinition, cluster c: Int, service: Int, instance i: Int, group: String, startedBy: String?
    ) -> String {
        if i == TaskLocation.fargate {  // Fargate reserves nothing on an instance.
            return launchFargateTask(definition, cluster: c, service: service, group: group, startedBy: startedBy)
        }
        var id = generator.resourceID()
        while taskLocations[id] != nil { id = generator.resourceID() }
        let instance = self[instance: InstanceKey(cluster: c, index: i)]
        let required = definition.requiredResources
        let (bindings, address) = reserve(definition, required, on: InstanceKey(cluster: c, index: i))
        let containers = definition.containerDefinitions.enumerated().map { k, container in
            Container(
                name: container.name, image: container.image, lastStatus: .pending, essential: container.essential,
                networkBindings: bindings[k])
        }
        var task = Task(
            id: id, arn: names.taskARN(cluster: clusters[c].cluster.name, taskID: id), clusterARN: clusters[c].cluster.arn,
            taskDefinitionARN: definition.arn, containerInstanceID: instance.id, ec2InstanceID: instance.ec2InstanceID,
            availabilityZone: instance.availabilityZone, group: group, startedBy: startedBy, cpu: required.cpu,
            memory: required.memory, containers: containers, createdAt: date(now))
        task.privateIPv4Address = address
        _ = file(task, cluster: c, service: service, instance: i)
        countPlacement(cluster: c, service: service, instance: i)
        let provisioning = provisioningRange(networkMode: definition.networkMode, launchType: .ec2)
        scheduleStep(id, after: .seconds(in: provisioning, using: &generator))
        return id
    }

    /// Takes on `instance` what a task of `definition` needs: host ports for every container's mappings,
    /// CPU and memory, and in awsvpc mode an ENI. Returns each container's bindings and the task's address.
    func reserve(
        _ definition: TaskDefinition, _ required: Resources, on instance: InstanceKey
    ) -> (bindings: [[NetworkBinding]], address: String?) {
        var usedPorts = self[instance: instance].usedPorts
        let bindings = definition.containerDefinitions.map { container in
            container.portMappings.compactMap { mapping -> NetworkBinding? in
                guard let hostPort = Self.hostPort(for: mapping, mode: definition.networkMode, used: usedPorts) else { return nil }
                if mapping.protocol == .tcp { usedPorts.insert(hostPort) }
                return NetworkBinding(containerPort: mapping.containerPort, hostPort: hostPort, protocol: mapping.protocol)
            }
        }
        self[instance: instance].usedPorts = usedPorts
        self[instance: instance].remainingResources -= required
        self[instance: instance].runningTasksCount += 1
        self[slot: instance].remainingCPU -= Int32(required.cpu)
        self[slot: instance].remainingMemory -= Int32(required.memory)
        // awsvpc: the task gets its own network interface and private address.
        let address = definition.networkMode == .awsvpc ? attachNetworkInterface(on: instance) : nil
        return (bindings, address)
    }

    /// A service's spread counts, and the daemon bookkeeping, for a task now on instance `i`.
    func countPlacement(cluster c: Int, service: Int, instance i: Int) {
        if service != TaskKey.standalone {
            let state = self[state: ServiceKey(cluster: c, service: service)]
            state.tasksPerInstance[i] += 1
            state.tasksPerZone[Int(self[slot: InstanceKey(cluster: c, index: i)].zone)] += 1
        }
        noteTaskPlaced(cluster: c, service: service, instance: i)  // A draining daemon waits for this.
    }

    /// The host port a mapping binds: static in host mode or when given, else the lowest free port of the
    /// dynamic range. nil when the network mode binds no host ports.
    static func hostPort(for mapping: PortMapping, mode: NetworkMode, used: Set<Int>) -> Int? {
        switch mode {
        case .host:
            return mapping.containerPort
        case .bridge:
            if let port = mapping.hostPort, port != 0 { return port }
            var port = dynamicPorts.lowerBound
            while used.contains(port) && port < dynamicPorts.upperBound { port += 1 }
            return port
        case .awsvpc, .none:
            return nil
        }
    }

    /// Docker's default range for dynamic host ports in bridge mode.
    static let dynamicPorts = 49153...65535

    // MARK: The lifecycle walk

    func scheduleStep(_ id: String, after delay: Duration) {
        taskLocations[id]!.token &+= 1
        schedule(.taskStep(taskID: id, token: taskLocations[id]!.token), after: delay)
    }

    /// One step along PROVISIONING → PENDING → ACTIVATING → RUNNING, or, once desiredStatus is STOPPED,
    /// along DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED.
    func stepTask(_ id: String, token: UInt32) {
        guard let location = taskLocations[id], location.token == token else { return }
        let current = self[task: location.key]
        if current.desiredStatus == .running {
            switch current.lastStatus {
            case .provisioning:
                setLastStatus(location, .pending) { $0.pullStartedAt = self.date(self.now) }
                scheduleStep(id, after: .seconds(in: pendingRange(for: current), using: &generator))
            case .pending:
                if failsToPullImage(current, at: location) { return }  // Deployments: `-broken` images
                setLastStatus(location, .activating) { task in
                    for k in task.containers.indices { task.containers[k].lastStatus = .running }
                }
                registerTargets(current, at: location)  // LoadBalancing: ACTIVATING registers the targets
                scheduleStep(id, after: .seconds(in: LifecycleTimings.activating, using: &generator))
            case .activating:
                setLastStatus(location, .running) { $0.startedAt = self.date(self.now) }
                addCrashCandidate(id)
                scheduleExitsOfRunToCompletionContainers(id, at: location)  // Jobs finish on their own.
                taskDidStartRunning(current, at: location)  // Deployments and LoadBalancing: health, crash loops
                if !location.isStandalone {
                    self[state: ServiceKey(cluster: location.cluster, service: location.service)].activeRunningCount += 1
                    markDirty(ServiceKey(cluster: location.cluster, service: location.service))
                }
            default:
                break
            }
            return
        }
        switch current.lastStatus {
        case .provisioning, .pending, .activating:
            setLastStatus(location, .stopping)
            deregisterTargetsAtOnce(id)  // LoadBalancing: never ran, nothing to drain
            scheduleStep(id, after: .seconds(in: LifecycleTimings.stopBeforeRunning, using: &generator))
        case .running:
            setLastStatus(location, .deactivating)
            // LoadBalancing: DEACTIVATING lasts as long as the targets drain (the deregistration delay).
            scheduleStep(id, after: .seconds(in: LifecycleTimings.deactivating, using: &generator) + beginDeregistration(id))
        case .deactivating:
            finishDeregistration(id)  // LoadBalancing: the targets leave their groups
            // SIGTERM goes out now; the task is STOPPING until its containers exit or are killed.
            setLastStatus(location, .stopping)
            let killed = generator.chance(LifecycleTimings.ignoresSigtermShare)
            taskLocations[id]!.killedAtStopTimeout = killed
            let wait = killed ? LifecycleTimings.stopTimeout : generator.uniform(LifecycleTimings.gracefulExit)
            scheduleStep(id, after: .seconds(wait))
        case .stopping:
            let killed = location.killedAtStopTimeout
            var exitCodes: [Int] = []
            for _ in current.containers { exitCodes.append(killed ? 137 : generator.chance(LifecycleTimings.cleanExitShare) ? 0 : 143) }
            setLastStatus(location, .deprovisioning) { task in
                for k in task.containers.indices where task.containers[k].lastStatus != .stopped {
                    // Containers that never started have no exit code.
                    if task.containers[k].lastStatus == .running { task.containers[k].exitCode = exitCodes[k] }
                    task.containers[k].lastStatus = .stopped
                }
            }
            scheduleStep(id, after: .seconds(in: deprovisioningRange(for: current), using: &generator))
        case .deprovisioning:
            setLastStatus(location, .stopped) { $0.stoppedAt = self.date(self.now) }
            release(current, at: location)
        case .stopped:
            break
        }
    }

    /// Sets desiredStatus STOPPED with the stop code and reason; the lifecycle then walks to STOPPED.
    /// Returns false when the task was already stopping. The service no longer counts the task from here
    /// on, so its scheduler may start a replacement at once.
    @discardableResult
    func requestStop(_ id: String, code: TaskStopCode, reason: String) -> Bool {
        guard let location = taskLocations[id] else { return false }
        let current = self[task: location.key]
        guard current.desiredStatus == .running else { return false }
        // Capacity: a task still waiting for capacity has no instance to stop on.
        if location.instance == TaskLocation.awaitingCapacity { stopProvisioningTask(id, code: code, reason: reason); return true }
        modifyTask(location.key) { task in
            task.desiredStatus = .stopped
            task.stoppingAt = self.date(self.now)
            task.stopCode = code
            task.stoppedReason = reason
        }
        let (c, i) = (location.cluster, location.instance)
        let instance = location.instanceKey
        if let instance { self[instance: instance].runningTasksCount -= 1 }
        if location.runningSlot >= 0 { removeCrashCandidate(id) }
        if !location.isStandalone {
            let state = self[state: ServiceKey(cluster: c, service: location.service)]
            state.activeCount -= 1
            state.stoppingCount += 1
            if let instance {
                state.tasksPerInstance[i] -= 1
                state.tasksPerZone[Int(self[slot: instance].zone)] -= 1
                if self[instance: instance].status == .draining { state.drainingActiveCount -= 1 }
            } else {
                state.tasksPerZone[clusterStates[c].zoneIndex(of: current.availabilityZone)] -= 1
            }
            if current.lastStatus == .running { state.activeRunningCount -= 1 }
            markDirty(ServiceKey(cluster: c, service: location.service))
            serviceTaskWillStop(current, at: location, code: code)  // Deployments: health, failures, throttling
        }
        let range = current.lastStatus == .running
            ? LifecycleTimings.stopRequestToDeactivating : LifecycleTimings.stopBeforeRunning
        scheduleStep(id, after: .seconds(in: range, using: &generator))
        return true
    }

    /// Gives back a STOPPED task's resources and ports, and wakes services waiting for capacity.
    private func release(_ task: Task, at location: TaskLocation) {
        let c = location.cluster
        if let instance = location.instanceKey {  // Fargate tasks hold nothing on an instance.
            let reserved = Resources(cpu: task.cpu, memory: task.memory)
            self[instance: instance].remainingResources += reserved
            for container in task.containers {
                for binding in container.networkBindings where binding.protocol == .tcp {
                    self[instance: instance].usedPorts.remove(binding.hostPort)
                }
            }
            self[slot: instance].remainingCPU += Int32(task.cpu)
            self[slot: instance].remainingMemory += Int32(task.memory)
            if task.privateIPv4Address != nil { detachNetworkInterface(from: instance) }  // awsvpc: the ENI frees up.
            noteTaskReleased(cluster: c, service: location.service, instance: instance.index)  // A draining daemon may now stop.
        }
        expiryQueue.append(ExpiryEntry(stoppedAt: now, cluster: c, service: location.service))
        if location.isStandalone {
            clusterStates[c].stoppedStandaloneCount += 1
        } else {
            let state = self[state: ServiceKey(cluster: c, service: location.service)]
            state.stoppedCount += 1
            state.stoppingCount -= 1
            if state.stoppingCount == 0 { markDirty(ServiceKey(cluster: c, service: location.service)) }
        }
        enforceStoppedRetentionLimit(ServiceKey(cluster: c, service: location.service))
        wakeServicesWaitingForCapacity(inCluster: c)
    }

    // MARK: Status bookkeeping

    enum CountedStatus { case pending, running }

    /// Sets lastStatus (and whatever `update` changes with it) and moves the task between the pending and
    /// running counts of its cluster, instance, service and deployment.
    func setLastStatus(_ location: TaskLocation, _ status: TaskStatus, _ update: (inout Task) -> Void = { _ in }) {
        var previous = TaskStatus.provisioning
        var startedBy: String?
        modifyTask(location.key) { task in
            previous = task.lastStatus
            startedBy = task.startedBy
            task.lastStatus = status
            update(&task)
        }
        let (old, new) = (Self.counted(previous), Self.counted(status))
        guard old != new else { return }
        if let old { adjustCounts(location, kind: old, by: -1, startedBy: startedBy) }
        if let new { adjustCounts(location, kind: new, by: 1, startedBy: startedBy) }
    }

    /// ECS's pending counts mean lastStatus PENDING (not PROVISIONING or ACTIVATING); running counts mean
    /// lastStatus RUNNING.
    static func counted(_ status: TaskStatus) -> CountedStatus? {
        switch status {
        case .pending: .pending
        case .running: .running
        default: nil
        }
    }

    func adjustCounts(_ location: TaskLocation, kind: CountedStatus, by delta: Int, startedBy: String?) {
        let c = location.cluster
        switch kind {
        case .pending:
            clusters[c].cluster.pendingTasksCount += delta
            // Fargate tasks and tasks still waiting for capacity have no instance.
            if let instance = location.instanceKey { self[instance: instance].pendingTasksCount += delta }
        case .running:
            clusters[c].cluster.runningTasksCount += delta
        }
        if location.isStandalone {
            if kind == .running {
                let task = self[task: location.key]
                let reserved = Resources(cpu: task.cpu * delta, memory: task.memory * delta)
                clusterStates[c].standaloneRunningReserved += reserved
            }
            return
        }
        let s = location.service
        let deployment = startedBy.flatMap { id in clusters[c].services[s].service.deployments.firstIndex { $0.id == id } }
        switch kind {
        case .pending:
            clusters[c].services[s].service.pendingCount += delta
            if let deployment { clusters[c].services[s].service.deployments[deployment].pendingCount += delta }
        case .running:
            clusters[c].services[s].service.runningCount += delta
            if let deployment { clusters[c].services[s].service.deployments[deployment].runningCount += delta }
        }
    }

    /// Lists a new task under its owner (a service, or the cluster's standalone tasks), indexes it, and
    /// counts it by its lastStatus and, for a service, as active. `instance` may be `TaskLocation.fargate` or
    /// `TaskLocation.awaitingCapacity`; per-instance and per-zone counts are the caller's.
    func file(_ task: Task, cluster c: Int, service: Int, instance i: Int) -> TaskLocation {
        var location = TaskLocation(key: TaskKey(cluster: c, service: service, index: 0), instance: i)
        if location.isStandalone {
            location.key.index = clusters[c].standaloneTasks.count
            clusters[c].standaloneTasks.append(task)
        } else {
            var task = task
            tagLaunchedServiceTask(&task, cluster: c, service: service)  // propagateTags and managed tags.
            location.key.index = clusters[c].services[service].tasks.count
            clusters[c].services[service].tasks.append(task)
            self[state: ServiceKey(cluster: c, service: service)].activeCount += 1
        }
        taskLocations[task.id] = location
        if let kind = Self.counted(task.lastStatus) { adjustCounts(location, kind: kind, by: 1, startedBy: task.startedBy) }
        return location
    }

    // MARK: Crash candidates (RUNNING tasks meant to keep running)

    func addCrashCandidate(_ id: String) {
        taskLocations[id]!.runningSlot = crashes.add(id)
        redrawCrashIfRateChanged()
    }

    func removeCrashCandidate(_ id: String) {
        let slot = taskLocations[id]!.runningSlot
        if let moved = crashes.remove(id, at: slot) { taskLocations[moved]!.runningSlot = slot }
        taskLocations[id]!.runningSlot = -1
        redrawCrashIfRateChanged()
    }
}
