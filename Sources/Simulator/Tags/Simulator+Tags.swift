/// TagResource and UntagResource on clusters, services, tasks, container instances and task definitions.
/// Tags live beside the resources, by ARN (`tagsByARN`), and go with the tasks and instances that
/// disappear from the lists.
extension Simulator {
    func tagResource(_ arn: String, tags: [ResourceTag]) throws(ECSError) {
        try ensureTaggable(arn)
        let existing = tagsByARN[arn] ?? []
        try ResourceTag.validate(tags, existing: existing)
        let merged = ResourceTag.merging(tags, into: existing)
        tagsByARN[arn] = merged.isEmpty ? nil : merged
    }

    func untagResource(_ arn: String, tagKeys: [String]) throws(ECSError) {
        try ensureTaggable(arn)
        for key in tagKeys { try ResourceTag.validateKey(key) }
        let remaining = (tagsByARN[arn] ?? []).filter { !tagKeys.contains($0.key) }
        tagsByARN[arn] = remaining.isEmpty ? nil : remaining
    }

    /// Throws unless `arn` names a resource of an ACTIVE cluster, or a registered task definition.
    private func ensureTaggable(_ arn: String) throws(ECSError) {
        guard let resource = ResourceARN(arn) else { throw .invalidParameter("The ARN \(arn) is not a valid ECS resource ARN.") }
        // Another region's or account's resource is not ours to find.
        let isOurs = resource.arn(in: names) == arn
        if case .taskDefinition(let family, let revision) = resource {
            guard isOurs, taskDefinitions["\(family):\(revision)"] != nil else { throw .resourceNotFound() }
            return
        }
        guard isOurs, let clusterName = resource.cluster, let c = clusterIndexByName[clusterName] else {
            throw .clusterNotFound()
        }
        let exists = switch resource {
        case .cluster, .taskDefinition: true
        case .service(_, let name): clusterStates[c].serviceIndexByName[name] != nil
        case .task(_, let id): taskLocations[id]?.cluster == c
        case .containerInstance(_, let id): clusterStates[c].instanceIndexByID[id] != nil
        }
        guard exists else { throw .resourceNotFound() }
    }

    /// Drops the tags of tasks and container instances no longer listed, so they don't pile up: expired
    /// tasks drop theirs as they go (Lifecycle/Simulator+Expiry.swift), this catches the rest.
    /// O(tagged resources), from the expiry sweep.
    func forgetTagsOfVanishedResources() {
        // Only the removals depend on the dictionary, not their order.
        let vanished = tagsByARN.keys.filter { arn in
            switch ResourceARN(arn) {
            case .task(_, let id): taskLocations[id] == nil
            case .containerInstance(_, let id): !clusterStates.contains { $0.instanceIndexByID[id] != nil }
            default: false
            }
        }
        for arn in vanished { tagsByARN[arn] = nil }
    }
}
