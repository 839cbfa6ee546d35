/// DeleteService: the service turns DRAINING with a desired count of 0, its tasks stop as the scheduler
/// stops them in a scale-in (so their targets drain as usual), and once none is left it is INACTIVE.
/// A deleted service neither launches tasks, nor progresses its deployments, nor auto scales; it stays
/// in the snapshot (DescribeServices finds it), and a new service may take its name once it is INACTIVE.
///
/// Simplified: INACTIVE once every task is STOPPED (ECS already when they reach STOPPING), and INACTIVE
/// services are kept for good (ECS purges them after a while). No service event is written for the
/// deletion itself, as ECS writes none.
extension Simulator {
    func deleteService(cluster: String, service: String, force: Bool) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: cluster) else { throw .clusterNotFound() }
        guard let name = localID(service, .service, inCluster: c), let s = clusterStates[c].serviceIndexByName[name] else {
            throw .serviceNotFound()
        }
        // A deleted service is still known, as "not active" (ECS's answer to deleting it twice).
        guard clusters[c].services[s].service.status != ServiceStatus.inactive else { throw .serviceNotActive() }
        let current = clusters[c].services[s].service
        // DAEMON services have no desired count of their own to scale to 0 first.
        if !force, current.schedulingStrategy == .replica, current.desiredCount > 0 {
            throw .invalidParameter("The service cannot be stopped while it is scaled above 0.")
        }
        // Deleting a DRAINING service again changes nothing.
        guard current.status == ServiceStatus.active else { return }

        let key = ServiceKey(cluster: c, service: s)
        clusters[c].services[s].service.status = ServiceStatus.draining
        clusters[c].cluster.activeServicesCount -= 1
        clusters[c].services[s].service.desiredCount = 0
        for d in clusters[c].services[s].service.deployments.indices
        where clusters[c].services[s].service.deployments[d].status == .primary {
            clusters[c].services[s].service.deployments[d].desiredCount = 0
            clusters[c].services[s].service.deployments[d].updatedAt = date(now)
        }
        autoScaling.deregister(key)
        clusters[c].services[s].autoScaling = nil
        markDirty(key)
    }

    /// The scheduler's pass over a deleted service, instead of `reconcile`'s: stop what still runs, write
    /// the target events of the drain, and once nothing is left stopping, INACTIVE.
    func reconcileDeletedService(_ key: ServiceKey) {
        writeTargetEvents(key)
        let (c, s) = (key.cluster, key.service)
        guard clusters[c].services[s].service.status == ServiceStatus.draining else { return }
        let state = self[state: ServiceKey(cluster: c, service: s)]
        if state.activeCount > 0 {
            let service = clusters[c].services[s].service
            let reason = "Scaling activity initiated by (deployment \(service.primaryDeployment?.id ?? ""))"
            var stopping: [String] = []
            for task in clusters[c].services[s].tasks where task.desiredStatus == .running { stopping.append(task.id) }
            for id in stopping { requestStop(id, code: .serviceSchedulerInitiated, reason: reason) }
            appendEvent(key, ServiceEventMessage.stopped(service: service.name, taskIDs: stopping))
        }
        if state.activeCount == 0, state.stoppingCount == 0 {
            clusters[c].services[s].service.status = ServiceStatus.inactive
        }
    }

    /// The service of that name or ARN, for an operation that changes it: a deleted one, DRAINING or
    /// INACTIVE, is not active ("You can't update a service that's inactive", the model says).
    func activeServiceIndex(_ name: String, inCluster c: Int) throws(ECSError) -> Int {
        guard let local = localID(name, .service, inCluster: c), let s = clusterStates[c].serviceIndexByName[local] else {
            throw .serviceNotFound()
        }
        guard clusters[c].services[s].service.status == ServiceStatus.active else { throw .serviceNotActive() }
        return s
    }
}
