/// Stopped tasks stay listed for an hour, then disappear; the per-owner cap keeps heavy churn bounded.
extension Simulator {
    func sweepExpiredTasks() {
        let cutoff = now - LifecycleTimings.stoppedRetention
        var owners = Set<ServiceKey>()
        while expiryQueueHead < expiryQueue.count, expiryQueue[expiryQueueHead].stoppedAt <= cutoff {
            let entry = expiryQueue[expiryQueueHead]
            owners.insert(ServiceKey(cluster: entry.cluster, service: entry.service))
            expiryQueueHead += 1
        }
        if expiryQueueHead > 1_024, expiryQueueHead * 2 > expiryQueue.count {
            expiryQueue.removeFirst(expiryQueueHead)
            expiryQueueHead = 0
        }
        let cutoffDate = date(cutoff)
        for owner in owners.sorted() {
            removeStoppedTasks(of: owner) { $0.stoppedAt.map { $0 <= cutoffDate } ?? false }
        }
        schedule(.expirySweep, after: Self.expirySweepInterval)
    }

    /// When an owner holds a quarter more stopped tasks than the limit, drops the oldest down to the limit.
    func enforceStoppedRetentionLimit(_ owner: ServiceKey) {
        let limit = LifecycleTimings.stoppedRetentionLimit
        let stopped = owner.service == TaskKey.standalone
            ? clusterStates[owner.cluster].stoppedStandaloneCount
            : self[state: owner].stoppedCount
        guard stopped > limit + limit / 4 else { return }
        var excess = stopped - limit
        removeStoppedTasks(of: owner) { task in
            guard excess > 0, task.lastStatus == .stopped else { return false }
            excess -= 1
            return true
        }
    }

    /// Removes the owner's STOPPED tasks that match and re-indexes the ones after the first removed.
    private func removeStoppedTasks(of owner: ServiceKey, where shouldRemove: (Task) -> Bool) {
        let standalone = owner.service == TaskKey.standalone
        var tasks = standalone
            ? clusters[owner.cluster].standaloneTasks : self[service: owner].tasks
        guard let first = tasks.firstIndex(where: { $0.lastStatus == .stopped && shouldRemove($0) }) else { return }
        // Take the array out so it is uniquely referenced while it is compacted.
        if standalone {
            clusters[owner.cluster].standaloneTasks = []
        } else {
            self[service: owner].tasks = []
        }
        var removed = 1
        // A vanished task's tags go with it; no dictionary work when nothing is tagged.
        let dropsTags = !tagsByARN.isEmpty
        taskLocations[tasks[first].id] = nil
        if dropsTags { tagsByARN[tasks[first].arn] = nil }
        var kept = first
        for index in (first + 1)..<tasks.count {
            let task = tasks[index]
            if task.lastStatus == .stopped && shouldRemove(task) {
                taskLocations[task.id] = nil
                if dropsTags { tagsByARN[task.arn] = nil }
                removed += 1
            } else {
                taskLocations[task.id]!.key.index = kept
                tasks.swapAt(kept, index)
                kept += 1
            }
        }
        tasks.removeLast(tasks.count - kept)
        if standalone {
            clusterStates[owner.cluster].stoppedStandaloneCount -= removed
            clusters[owner.cluster].standaloneTasks = tasks
        } else {
            self[state: owner].stoppedCount -= removed
            self[service: owner].tasks = tasks
        }
    }
}
