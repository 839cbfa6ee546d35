/// Resolving the names, ids and ARNs that requests give for a resource.
extension ResourceNames {
    /// The kinds of resource a request names, as the ARN's resource type spells them.
    public enum Kind: String, Sendable {
        case cluster, service, task
        case containerInstance = "container-instance"
        case taskDefinition = "task-definition"
    }

    /// The local name or id (`family:revision` for a task definition) that `reference` names as a `kind`
    /// in `cluster` (the local cluster name; nil for clusters and task definitions). A plain name or id
    /// is returned as is. nil for an ARN that names nothing here, as ECS treats it: another partition,
    /// region or account, another resource type, or — for a service, task or container instance — another
    /// cluster. The old ARN formats without the cluster part (`…:task/<id>`) are read.
    public func localID(_ reference: String, _ kind: Kind, cluster: String? = nil) -> String? {
        guard reference.hasPrefix("arn:") else { return reference }
        let parts = reference.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[1] == "aws", parts[2] == "ecs", parts[3] == region, parts[4] == account else {
            return nil
        }
        let path = parts[5].split(separator: "/", omittingEmptySubsequences: false)
        guard path.first == kind.rawValue[...], !path.dropFirst().contains(where: \.isEmpty) else { return nil }
        switch (kind, path.count) {
        case (.cluster, 2), (.taskDefinition, 2), (.service, 2), (.task, 2), (.containerInstance, 2):
            return String(path[1])
        case (.service, 3), (.task, 3), (.containerInstance, 3):
            guard cluster.map({ path[1] == $0[...] }) ?? true else { return nil }
            return String(path[2])
        default:
            return nil
        }
    }
}
