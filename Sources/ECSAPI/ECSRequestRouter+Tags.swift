import ECSModel

// TagResource, UntagResource, ListTagsForResource, and the `tags` of the create and describe calls.
extension ECSRequestRouter {
    func tagResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let arn = try input.requiredString("resourceArn")
        guard let tags = try Self.tags(input) else { throw RequestInput.missing("tags") }
        _ = try execute(.tagResource(resourceARN: arn, tags: tags))
        return .object([])
    }

    func untagResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let arn = try input.requiredString("resourceArn")
        guard let keys = try input.strings("tagKeys") else { throw RequestInput.missing("tagKeys") }
        _ = try execute(.untagResource(resourceARN: arn, tagKeys: keys))
        return .object([])
    }

    func listTagsForResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let arn = try input.requiredString("resourceArn")
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
        return .object([.init("tags", Self.json(snapshot.tags[arn] ?? []))])
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

    /// A `tags` member ([{key, value}]), nil when absent.
    static func tags(_ input: RequestInput) throws(ECSError) -> [ResourceTag]? {
        try input.structures("tags")?.map { (tag: RequestInput) throws(ECSError) -> ResourceTag in
            ResourceTag(key: try tag.requiredString("key"), value: try tag.string("value") ?? "")
        }
    }

    /// Whether a describe call's `include` asks for TAGS.
    static func includesTags(_ input: RequestInput) throws(ECSError) -> Bool {
        try input.strings("include")?.contains("TAGS") ?? false
    }

    /// `representation` with its `tags` member set to the resource's tags (replaced, or added last).
    static func tagging(_ representation: JSONValue, arn: String, in snapshot: ControlPlaneSnapshot) -> JSONValue {
        guard case .object(var members) = representation else { return representation }
        let tags = json(snapshot.tags[arn] ?? [])
        if let k = members.firstIndex(where: { $0.key == "tags" }) {
            members[k].value = tags
        } else {
            members.append(.init("tags", tags))
        }
        return .object(members)
    }

    /// Shape `Tags`.
    static func json(_ tags: [ResourceTag]) -> JSONValue {
        .array(tags.map { .object([.init("key", .string($0.key)), .init("value", .string($0.value))]) })
    }
}
