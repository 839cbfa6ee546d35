/// An ECS resource named by its ARN (the formats `ResourceNames` builds), as TagResource, UntagResource
/// and ListTagsForResource take it.
public enum ResourceARN: Hashable, Sendable {
    case cluster(String)
    case service(cluster: String, name: String)
    case task(cluster: String, id: String)
    case containerInstance(cluster: String, id: String)
    case taskDefinition(family: String, revision: Int)

    /// nil when `arn` is not an ECS ARN of a taggable resource. Simplified: the old ARN formats without
    /// the cluster name are not read.
    public init?(_ arn: String) {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "ecs" else { return nil }
        let path = parts[5].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else { return nil }
        switch (path.first, path.count) {
        case ("cluster", 2): self = .cluster(path[1])
        case ("service", 3): self = .service(cluster: path[1], name: path[2])
        case ("task", 3): self = .task(cluster: path[1], id: path[2])
        case ("container-instance", 3): self = .containerInstance(cluster: path[1], id: path[2])
        case ("task-definition", 2):
            guard let colon = path[1].lastIndex(of: ":"), let revision = Int(path[1][path[1].index(after: colon)...]) else {
                return nil
            }
            self = .taskDefinition(family: String(path[1][..<colon]), revision: revision)
        default: return nil
        }
    }

    /// The cluster the resource belongs to; nil for a task definition.
    public var cluster: String? {
        switch self {
        case .cluster(let name): name
        case .service(let cluster, _), .task(let cluster, _), .containerInstance(let cluster, _): cluster
        case .taskDefinition: nil
        }
    }

    /// The ARN as `names` spells it: an ARN of another region or account differs from the one given.
    public func arn(in names: ResourceNames) -> String {
        switch self {
        case .cluster(let name): names.clusterARN(name)
        case .service(let cluster, let name): names.serviceARN(cluster: cluster, service: name)
        case .task(let cluster, let id): names.taskARN(cluster: cluster, taskID: id)
        case .containerInstance(let cluster, let id): names.containerInstanceARN(cluster: cluster, id: id)
        case .taskDefinition(let family, let revision): names.taskDefinitionARN(family: family, revision: revision)
        }
    }
}
