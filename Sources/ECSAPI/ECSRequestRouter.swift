import AWSWire
import ECSModel

/// The ECS operations of `ecstop serve` over any control plane behind one lock: each operation's
/// handler (declared in `ECSRequestRouter+Operations.swift`) takes its generated input shape, turns
/// it into a control plane command through the AWSWire mappings, and answers its generated output
/// shape. Every failure becomes the AWS error shape; nothing here may crash the server.
public final class ECSRequestRouter: AWSTargetService {
    /// `X-Amz-Target`'s prefix with its dot, as requests spell it.
    public static let targetPrefix = ECSShapes.targetPrefix + "."

    let controlPlane: LockedControlPlane
    let readOnly: Bool
    /// For the ARNs of `failures`, which name what could not be found.
    let names = ResourceNames()

    public init(controlPlane: LockedControlPlane, readOnly: Bool = false) {
        self.controlPlane = controlPlane
        self.readOnly = readOnly
    }

    public var targetPrefix: String { ECSShapes.targetPrefix }

    public func respond(operation: String, body: [UInt8]) -> ECSResponse {
        Self.operations.respond(to: operation, body: body, handler: self, readOnly: readOnly)
    }

    /// The answer to one request. `target` is the `X-Amz-Target` header, `body` the raw request body.
    public func respond(target: String?, body: [UInt8]) -> ECSResponse {
        AWSTargetRouter(services: [self]).respond(target: target, body: body)
    }

    // MARK: Shared pieces

    /// The cluster `name` names (a name or ARN; ECS's `default` when absent). A deleted (INACTIVE)
    /// cluster is found by DescribeClusters only.
    func cluster(_ name: String?, in snapshot: ControlPlaneSnapshot) throws(ECSError) -> ClusterSnapshot {
        guard let local = names.localID(name ?? "default", .cluster), let cluster = snapshot.cluster(named: local),
              cluster.cluster.isActive
        else {
            throw .clusterNotFound()
        }
        return cluster
    }

    /// Which of `count` items `maxResults` (1…`limit`, else `defaultSize`) and `nextToken` select, and the
    /// token of the next page when there is one.
    func pageRange(
        count: Int, maxResults: Int?, nextToken: String?, defaultSize: Int = PageToken.defaultPageSize,
        limit: Int = PageToken.defaultPageSize
    ) throws(ECSError) -> (Range<Int>, nextToken: String?) {
        let size = maxResults ?? defaultSize
        guard (1...limit).contains(size) else {
            throw .invalidParameter("maxResults must be between 1 and \(limit).")
        }
        guard let offset = PageToken.offset(nextToken) else {
            throw .invalidParameter("Invalid nextToken.")
        }
        let start = min(offset, count)
        let end = min(start + size, count)
        return (start..<end, end < count ? PageToken.token(offset: end) : nil)
    }

    /// One page of `items` and the next page's token.
    func page<Item>(
        _ items: [Item], maxResults: Int?, nextToken: String?, defaultSize: Int = PageToken.defaultPageSize
    ) throws(ECSError) -> ([Item], nextToken: String?) {
        let (range, next) = try pageRange(count: items.count, maxResults: maxResults, nextToken: nextToken, defaultSize: defaultSize)
        return (Array(items[range]), next)
    }

    /// A describe call's list member: required, non-empty, at most `limit` long.
    func batch(_ names: [String]?, _ key: String, limit: Int) throws(ECSError) -> [String] {
        guard let names, !names.isEmpty else { throw RequestMember.missing(key) }
        guard names.count <= limit else {
            throw .invalidParameter("\(key) can have at most \(limit) items.")
        }
        return names
    }

    /// Whether a describe call's `include` asks for TAGS. The other fields (settings, statistics, …)
    /// add nothing the simulation has.
    func asksForTags<Field: ShapeEnum>(_ include: [Field]?) throws(ECSError) -> Bool {
        var tags = false
        for field in include ?? [] {
            _ = try RequestMember.value(field, "include", as: IncludeField.self)
            tags = tags || field.rawValue == "TAGS"
        }
        return tags
    }

    /// The resource's tags, as the describe calls add them.
    func currentTags(of arn: String, in snapshot: ControlPlaneSnapshot) -> [ResourceTag] { snapshot.tags[arn] ?? [] }

    /// The snapshot after `command`, both under the lock, so the result read is the command's own.
    func execute(_ command: ControlPlaneCommand) throws(ECSError) -> ControlPlaneSnapshot {
        try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> ControlPlaneSnapshot in
            try plane.execute(command)
            return plane.snapshot()
        }
    }
}

/// Every `include` field of ECS's describe calls: a value outside them is refused, as ECS refuses it.
private struct IncludeField: RawRepresentable {
    static let known: Set<String> = [
        "TAGS", "SETTINGS", "STATISTICS", "ATTACHMENTS", "CONFIGURATIONS", "CONTAINER_INSTANCE_HEALTH",
    ]

    let rawValue: String

    init?(rawValue: String) {
        guard Self.known.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }
}
