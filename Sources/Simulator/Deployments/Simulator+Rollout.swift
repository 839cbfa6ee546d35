/// The reconciler's view of a service with several deployments or tasks on draining instances: the
/// PRIMARY deployment wants desiredCount tasks, ACTIVE (older) ones want none. Healthy tasks that must go
/// (older deployments', and those on draining instances) stop only as far as minimumHealthyPercent allows;
/// tasks that are not healthy go at once.
extension Simulator {
    struct DeploymentCensus {
        /// The PRIMARY's tasks meant to run, off draining instances.
        var primaryActive = 0
        /// Not healthy and not wanted where they are: stop now, minimumHealthyPercent is not at stake.
        var stopAtOnce: [String] = []
        /// RUNNING on draining instances, then older deployments' healthy tasks (oldest first): these
        /// stop only as far as minimumHealthyPercent allows.
        var replaceable: [String] = []
    }

    /// nil when the service has one deployment and nothing on draining instances: then the counters say
    /// everything and no task needs to be looked at. O(tasks of the service) otherwise.
    func deploymentCensus(_ key: ServiceKey) -> DeploymentCensus? {
        let state = self[state: key]
        guard self[service: key].service.deployments.count > 1 || state.drainingActiveCount > 0
        else { return nil }
        let primaryID = self[service: key].service.primaryDeployment?.id
        var census = DeploymentCensus()
        var olderReplaceable: [String] = []
        for task in self[service: key].tasks where task.desiredStatus == .running {
            let healthy = isCountedHealthy(task)
            if isOnDrainingInstance(task, key) {
                // Not yet RUNNING on a draining instance: stop at once. RUNNING ones wait for their
                // replacements, even while their own target is not yet healthy.
                if task.lastStatus == .running { census.replaceable.append(task.id) } else { census.stopAtOnce.append(task.id) }
            } else if task.startedBy != primaryID {
                if healthy { olderReplaceable.append(task.id) } else { census.stopAtOnce.append(task.id) }
            } else {
                census.primaryActive += 1
            }
        }
        census.replaceable += olderReplaceable
        return census
    }

    /// After a pass: older deployments' desired counts follow their remaining tasks, and an older
    /// deployment with no task left becomes INACTIVE and leaves the list (DescribeServices shows only
    /// PRIMARY and ACTIVE ones).
    func updateOlderDeployments(_ key: ServiceKey) {
        let deployments = self[service: key].service.deployments
        guard deployments.count > 1 else { return }
        var active: [String: Int] = [:]
        for task in self[service: key].tasks where task.desiredStatus == .running {
            if let id = task.startedBy { active[id, default: 0] += 1 }
        }
        var kept: [Deployment] = []
        for var deployment in deployments {
            if deployment.status != .primary {
                let remaining = active[deployment.id] ?? 0
                if remaining == 0, deployment.runningCount == 0, deployment.pendingCount == 0 { continue }
                if deployment.desiredCount != remaining {
                    deployment.desiredCount = remaining
                    deployment.updatedAt = date(now)
                }
            }
            kept.append(deployment)
        }
        if kept != deployments { self[service: key].service.deployments = kept }
    }

}
