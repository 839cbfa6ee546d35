/// ECS operations. Each validates everything first and only then changes state, so an error leaves
/// nothing half-applied.
extension Simulator {
    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        revision &+= 1
        var outcome = CommandOutcome.complete
        switch command {
        case .updateService(let update):
            try updateService(update)
        case .stopTask(let cluster, let task, let reason):
            try stopTask(cluster: cluster, task: task, reason: reason)
        case .updateContainerInstancesState(let cluster, let instances, let status):
            try updateContainerInstancesState(cluster: cluster, instances: instances, status: status)
        case .runTask(let request):
            outcome.failures = try runTasks(request).failures
        case .registerTaskDefinition(let definition):
            try registerTaskDefinition(definition)
        case .createService(let creation):
            try createService(creation)
        case .deleteService(let cluster, let service, let force):
            try deleteService(cluster: cluster, service: service, force: force)
        case .deregisterTaskDefinition(let reference):
            try deregisterTaskDefinition(reference)
        case .createCluster(let creation):
            try createCluster(creation)
        case .deleteCluster(let cluster):
            try deleteCluster(cluster)
        case .registerContainerInstance(let registration):
            try registerContainerInstance(registration)
        case .deregisterContainerInstance(let cluster, let instance, let force):
            try deregisterContainerInstance(cluster: cluster, instance: instance, force: force)
        case .tagResource(let arn, let tags):
            try tagResource(arn, tags: tags)
        case .untagResource(let arn, let keys):
            try untagResource(arn, tagKeys: keys)
        case .putAttributes(let cluster, let attributes):
            try putAttributes(attributes, inCluster: try clusterIndex(cluster))
        case .deleteAttributes(let cluster, let attributes):
            try deleteAttributes(attributes, inCluster: try clusterIndex(cluster))
        case .injectFault(let fault):
            try inject(fault)
        case .setPaused, .setSpeed, .stepToNextEvent:
            // Pace is the wrapping control plane's business (`SimulatedControlPlane`); the engine has none.
            break
        }
        reconcileDirtyServices()
        return outcome
    }

    private func clusterIndex(_ name: String) throws(ECSError) -> Int {
        guard let c = clusterIndex(referencedBy: name) else { throw .clusterNotFound() }
        return c
    }

    private func stopTask(cluster: String, task: String, reason: String) throws(ECSError) {
        let c = try clusterIndex(cluster)
        guard let id = localID(task, .task, inCluster: c), let location = taskLocations[id], location.cluster == c else {
            throw .invalidParameter("The referenced task was not found.")
        }
        // Stopping a task that is already stopping is accepted and changes nothing, as in ECS.
        requestStop(id, code: .userInitiated, reason: reason.isEmpty ? "Task stopped by user" : reason)
    }

    private func updateContainerInstancesState(
        cluster: String, instances: [String], status: ContainerInstanceStatus
    ) throws(ECSError) {
        let c = try clusterIndex(cluster)
        guard status == .active || status == .draining else {
            throw .invalidParameter("Container instances can only be set to ACTIVE or DRAINING, not \(status.rawValue).")
        }
        // No instances changes nothing: the API server sends only those it found (the rest are MISSING
        // failures), and ECS's own check for an empty list is the server's.
        var indexes: [Int] = []
        for name in instances {
            guard let i = instanceKey(referencedBy: name, inCluster: c)?.index else {
                throw .invalidParameter("The referenced container instance \(name) was not found.")
            }
            let current = self[instance: InstanceKey(cluster: c, index: i)].status
            guard current == .active || current == .draining else {
                throw .invalidParameter(
                    "Container instance \(self[instance: InstanceKey(cluster: c, index: i)].id) is \(current.rawValue); only ACTIVE and DRAINING instances can change state.")
            }
            indexes.append(i)
        }
        for i in indexes { setStatus(status, of: InstanceKey(cluster: c, index: i)) }
    }

    /// ACTIVE ↔ DRAINING. Draining stops placements there and asks every service with tasks there to move
    /// them; activating makes the instance placeable again without moving anything back.
    private func setStatus(_ status: ContainerInstanceStatus, of instance: InstanceKey) {
        let (c, i) = (instance.cluster, instance.index)
        let previous = self[instance: instance].status
        guard previous != status else { return }
        self[instance: instance].status = status
        self[slot: instance].placeable = isPlaceable(self[instance: instance])
        let delta = status == .draining ? 1 : -1
        for (s, state) in clusterStates[c].services.enumerated() where state.tasksPerInstance[i] > 0 {
            state.drainingActiveCount += delta * Int(state.tasksPerInstance[i])
            markDirty(ServiceKey(cluster: c, service: s))
        }
        if status == .active { wakeServicesWaitingForCapacity(inCluster: c) }
        markDaemonServicesDirty(inCluster: c)  // A DAEMON service follows its instances.
    }

    /// Places one standalone task as RunTask does (random among the feasible instances); nil when none fits.
    func runStandaloneTask(_ definition: TaskDefinition, inCluster c: Int) -> String? {
        let request = RunTaskRequest(cluster: clusters[c].cluster.name, taskDefinition: definition.reference)
        return (try? runTasks(request))?.tasks.first
    }
}
