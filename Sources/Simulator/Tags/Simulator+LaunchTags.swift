/// The tags ECS gives a task as it launches it: the service's or the task definition's (`propagateTags`),
/// and ECS's managed tags (`enableECSManagedTags`). Copied once, at launch: later changes to the
/// service's or definition's tags do not reach running tasks, as in ECS.
extension Simulator {
    /// ECS's managed tag keys; in the reserved `aws:` space, so only ECS itself sets them.
    static let clusterNameTagKey = "aws:ecs:clusterName"
    static let serviceNameTagKey = "aws:ecs:serviceName"

    /// A service task about to be filed. Costs two field reads unless the service propagates tags, turns
    /// on managed tags or ECS Exec: this runs for every task launched.
    func tagLaunchedServiceTask(_ task: inout Task, cluster c: Int, service s: Int) {
        // Field by field: copying the whole Service would retain all its arrays.
        if clusters[c].services[s].service.enableExecuteCommand { task.enableExecuteCommand = true }
        let propagate = clusters[c].services[s].service.propagateTags
        let isManaged = clusters[c].services[s].service.enableECSManagedTags
        guard propagate != .none || isManaged else { return }
        let source: String? = switch propagate {
        case .service: clusters[c].services[s].service.arn
        case .taskDefinition: task.taskDefinitionARN
        case .none: nil
        }
        applyLaunchTags(
            to: task.arn, propagatedFrom: source,
            managed: isManaged ? managedTags(cluster: c, serviceName: clusters[c].services[s].service.name) : [])
    }

    /// RunTask's tasks, once launched: TASK_DEFINITION propagation, managed tags and ECS Exec.
    func tagLaunchedStandaloneTasks(_ ids: [String], _ request: RunTaskRequest, cluster c: Int) {
        guard request.propagateTags != .none || request.enableECSManagedTags || request.enableExecuteCommand else { return }
        let managed = request.enableECSManagedTags ? managedTags(cluster: c, serviceName: nil) : []
        for id in ids {
            let location = taskLocations[id]!
            if request.enableExecuteCommand { self[task: location.key].enableExecuteCommand = true }
            let task = self[task: location.key]
            applyLaunchTags(
                to: task.arn, propagatedFrom: request.propagateTags == .taskDefinition ? task.taskDefinitionARN : nil,
                managed: managed)
        }
    }

    /// `aws:ecs:clusterName`, and `aws:ecs:serviceName` for a service's task.
    private func managedTags(cluster c: Int, serviceName: String?) -> [ResourceTag] {
        var tags = [ResourceTag(key: Self.clusterNameTagKey, value: clusters[c].cluster.name)]
        if let serviceName { tags.append(ResourceTag(key: Self.serviceNameTagKey, value: serviceName)) }
        return tags
    }

    /// Sets the new task's tags: the source's, then the managed ones. Not checked against the 50-tag
    /// limit: ECS's own tags do not count towards it.
    private func applyLaunchTags(to taskARN: String, propagatedFrom source: String?, managed: [ResourceTag]) {
        let propagated = source.flatMap { tagsByARN[$0] } ?? []
        let tags = managed.isEmpty ? propagated : ResourceTag.merging(managed, into: propagated)
        if !tags.isEmpty { tagsByARN[taskARN] = tags }
    }
}
