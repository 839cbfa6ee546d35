/// TagResource and UntagResource on clusters, services, tasks, container instances and task definitions.
/// Tags live beside the resources, by ARN (`tagsByARN`), and go where the tasks and instances leave the
/// lists: `removeStoppedTasks` (Tasks/Simulator+Expiry.swift) and `removeInstance` (Capacity/).
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
        case .containerInstance(_, let id): capacity.instance(id: id, inCluster: c) != nil
        }
        guard exists else { throw .resourceNotFound() }
    }
}
