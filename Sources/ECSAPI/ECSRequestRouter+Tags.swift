import AWSWire
import ECSModel

// TagResource, UntagResource, ListTagsForResource, and the `tags` of the create calls.
extension ECSRequestRouter {
    func tagResource(_ request: ECSShapes.TagResourceRequest) throws(ECSError) -> ECSShapes.TagResourceResponse {
        let arn = try RequestMember.required(request.resourceArn, "resourceArn")
        let tags = try RequestMember.required(ResourceTag.list(request.tags), "tags")
        _ = try execute(.tagResource(resourceARN: arn, tags: tags))
        return ECSShapes.TagResourceResponse()
    }

    func untagResource(_ request: ECSShapes.UntagResourceRequest) throws(ECSError) -> ECSShapes.UntagResourceResponse {
        let arn = try RequestMember.required(request.resourceArn, "resourceArn")
        let keys = try RequestMember.required(request.tagKeys, "tagKeys")
        _ = try execute(.untagResource(resourceARN: arn, tagKeys: keys))
        return ECSShapes.UntagResourceResponse()
    }

    func listTagsForResource(
        _ request: ECSShapes.ListTagsForResourceRequest
    ) throws(ECSError) -> ECSShapes.ListTagsForResourceResponse {
        let arn = try RequestMember.required(request.resourceArn, "resourceArn")
        guard let resource = ResourceARN(arn) else {
            throw .invalidParameter("The ARN \(arn) is not a valid ECS resource ARN.")
        }
        let snapshot = controlPlane.snapshot()
        // Another region's or account's resource is not ours to find, as TagResource answers.
        let isOurs = resource.arn(in: names) == arn
        if let name = resource.cluster, !isOurs || snapshot.cluster(named: name)?.cluster.isActive != true {
            throw .clusterNotFound()
        }
        // A resource that does not exist has no tags to list, as TagResource and UntagResource answer.
        let exists: Bool = switch resource {
        case .cluster: true
        case .service(let cluster, let name): snapshot.cluster(named: cluster)?.service(named: name) != nil
        case .task(let cluster, let id): snapshot.cluster(named: cluster)?.task(id: id) != nil
        case .containerInstance(let cluster, let id):
            snapshot.cluster(named: cluster)?.instances.contains { $0.id == id } == true
        case .taskDefinition(let family, let revision): isOurs && snapshot.taskDefinitions["\(family):\(revision)"] != nil
        }
        guard exists else { throw .resourceNotFound() }
        return ECSShapes.ListTagsForResourceResponse(tags: currentTags(of: arn, in: snapshot).map(ECSShapes.Tag.init))
    }

    /// Runs a create `command` and tags what it created, under one lock so that nothing comes between.
    /// `created` reads the new resources' ARNs from the snapshots before and after (and the command's
    /// outcome). The tags are checked first: a bad tag refuses the create rather than leaving it untagged.
    func execute(
        _ command: ControlPlaneCommand, thenTag tags: [ResourceTag],
        created: (_ before: ControlPlaneSnapshot, _ after: ControlPlaneSnapshot, _ outcome: CommandOutcome) -> [String]
    ) throws(ECSError) -> ControlPlaneSnapshot {
        try ResourceTag.validate(tags)
        return try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> ControlPlaneSnapshot in
            let before = plane.snapshot()
            let outcome = try plane.execute(command)
            let after = plane.snapshot()
            let arns = created(before, after, outcome)
            guard !tags.isEmpty, !arns.isEmpty else { return after }
            for arn in arns { try plane.execute(.tagResource(resourceARN: arn, tags: tags)) }
            return plane.snapshot()
        }
    }
}
