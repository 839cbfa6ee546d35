/// The DAEMON scheduler: one task on every ACTIVE, connected instance that meets the service's
/// constraints. Its desiredCount is that number of instances, as ECS reports it. A draining instance keeps
/// its daemon task until the instance's other service tasks are gone, so the daemon (a log router, an
/// agent) outlives what it serves there; an instance that becomes ACTIVE again gets a new one.
///
/// Simplified: daemon tasks are not moved for a changed constraint (instances' attributes don't change
/// once registered). An instance whose agent disconnects keeps its task, which still counts as desired.
extension Simulator {
    func reconcileDaemon(_ key: ServiceKey) {
        let (c, s) = (key.cluster, key.service)
        let state = self[state: ServiceKey(cluster: c, service: s)]
        let service = clusters[c].services[s].service
        let deploymentID = service.primaryDeployment?.id ?? ""
        let request = placementRequest(for: key)
        let replicas = clusterStates[c].placementIndex.replicaTasksOnInstance
        var desired = 0
        var started: [String] = []
        var stopped: [String] = []
        var failure: PlacementFailure?
        var toStop: [Int] = []
        for i in clusters[c].instances.indices {
            let eligible = request.eligible?[i] ?? true
            let wanted = self[slot: InstanceKey(cluster: c, index: i)].placeable && eligible
            let here = state.tasksPerInstance[i]
            let instance = self[instance: InstanceKey(cluster: c, index: i)]
            if !wanted, eligible, here > 0, instance.status == .active, !instance.agentConnected {
                // A disconnected agent can't be told to stop anything: its task runs on and still counts.
                desired += 1
                continue
            }
            if wanted {
                desired += 1
                guard here == 0 else { continue }
                if let rejection = firstRejection(cluster: c, request, perInstance: state.tasksPerInstance, instance: i) {
                    failure = failure ?? .closestMatch(instanceID: self[instance: InstanceKey(cluster: c, index: i)].id, rejection)
                    continue
                }
                started.append(launchTask(
                    state.taskDefinition, cluster: c, service: s, instance: i, group: "service:\(service.name)",
                    startedBy: deploymentID))
            } else if here > 0, self[instance: InstanceKey(cluster: c, index: i)].status == .draining,
                      i >= replicas.count || replicas[i] == 0 {
                toStop.append(i)
            }
        }
        // A new deployment replaces each instance's task of an older one, as many at a time as
        // minimumHealthyPercent allows (0 by default for daemons: all at once); the freed instances get
        // the new deployment's task on the next pass.
        var replaceable = state.activeRunningCount - service.deploymentConfiguration.minimumHealthyTasks(desired: desired)
        if service.deployments.count > 1 {
            for task in clusters[c].services[s].tasks where task.desiredStatus == .running && task.startedBy != deploymentID {
                guard replaceable > 0 || task.lastStatus < .running, let i = taskLocations[task.id]?.instance, !toStop.contains(i) else {
                    continue
                }
                if task.lastStatus == .running { replaceable -= 1 }
                toStop.append(i)
            }
        }
        if !toStop.isEmpty {
            let reason = "Scaling activity initiated by (deployment \(deploymentID))"
            for task in clusters[c].services[s].tasks where task.desiredStatus == .running {
                guard let i = taskLocations[task.id]?.instance, toStop.contains(i) else { continue }
                stopped.append(task.id)
            }
            for id in stopped { requestStop(id, code: .serviceSchedulerInitiated, reason: reason) }
            appendEvent(key, ServiceEventMessage.stopped(service: service.name, taskIDs: stopped))
        }
        if !started.isEmpty { appendEvent(key, ServiceEventMessage.started(service: service.name, taskIDs: started)) }
        if let failure {
            appendEvent(key, ServiceEventMessage.unableToPlace(service: service.name, failure))
            waitForCapacity(key)
        } else {
            state.isWaitingForCapacity = false
        }
        setDaemonDesiredCount(key, desired)
        updateOlderDeployments(key)  // Deployments/: retire the ones with no tasks left
        updateSteadyState(key)
    }

    private func setDaemonDesiredCount(_ key: ServiceKey, _ desired: Int) {
        guard self[service: key].service.desiredCount != desired else { return }
        self[service: key].service.desiredCount = desired
        for d in self[service: key].service.deployments.indices
        where self[service: key].service.deployments[d].status == .primary {
            self[service: key].service.deployments[d].desiredCount = desired
        }
    }

    /// Something about the cluster's instances changed: every daemon service looks again.
    func markDaemonServicesDirty(inCluster c: Int) {
        for s in clusterStates[c].placementIndex.daemonServices { markDirty(ServiceKey(cluster: c, service: s)) }
    }

    /// UpdateService may not set a DAEMON service's desired count.
    func rejectDesiredCountForDaemon(cluster c: Int, service s: Int) throws(ECSError) {
        guard self[state: ServiceKey(cluster: c, service: s)].plan.isDaemon else { return }
        throw .invalidParameter(
            "The daemon scheduling strategy does not support a desired count for services. Remove the desired count value and try again")
    }

    // MARK: Bookkeeping hooks from the task lifecycle

    /// A task was placed on instance `i` (not Fargate).
    func noteTaskPlaced(cluster c: Int, service s: Int, instance i: Int) {
        guard s != TaskKey.standalone, !self[state: ServiceKey(cluster: c, service: s)].plan.isDaemon else { return }
        growReplicaCounts(cluster: c)
        clusterStates[c].placementIndex.replicaTasksOnInstance[i] += 1
    }

    /// A task on instance `i` reached STOPPED: a draining instance may now let its daemon tasks go.
    func noteTaskReleased(cluster c: Int, service s: Int, instance i: Int) {
        guard s != TaskKey.standalone, !self[state: ServiceKey(cluster: c, service: s)].plan.isDaemon else { return }
        growReplicaCounts(cluster: c)
        clusterStates[c].placementIndex.replicaTasksOnInstance[i] -= 1
        if clusterStates[c].placementIndex.replicaTasksOnInstance[i] == 0, self[instance: InstanceKey(cluster: c, index: i)].status == .draining {
            markDaemonServicesDirty(inCluster: c)
        }
    }

    /// Instances may have joined since the counts were sized.
    private func growReplicaCounts(cluster c: Int) {
        let missing = clusters[c].instances.count - clusterStates[c].placementIndex.replicaTasksOnInstance.count
        if missing > 0 {
            clusterStates[c].placementIndex.replicaTasksOnInstance.append(contentsOf: repeatElement(0, count: missing))
        }
    }
}
