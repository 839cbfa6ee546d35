/// Builds ARNs the way ECS spells them, for one region and account.
public struct ResourceNames: Hashable, Sendable {
    public var region: String
    public var account: String

    public init(region: String = "us-east-1", account: String = "123456789012") {
        self.region = region
        self.account = account
    }

    private var prefix: String { "arn:aws:ecs:\(region):\(account):" }

    public func clusterARN(_ cluster: String) -> String { prefix + "cluster/\(cluster)" }
    public func serviceARN(cluster: String, service: String) -> String { prefix + "service/\(cluster)/\(service)" }
    public func taskARN(cluster: String, taskID: String) -> String { prefix + "task/\(cluster)/\(taskID)" }
    public func containerInstanceARN(cluster: String, id: String) -> String {
        prefix + "container-instance/\(cluster)/\(id)"
    }
    public func taskDefinitionARN(family: String, revision: Int) -> String {
        prefix + "task-definition/\(family):\(revision)"
    }
    public func capacityProviderARN(_ name: String) -> String { prefix + "capacity-provider/\(name)" }
}

extension String {
    /// The last path component of an ARN (`.../task/prod/3f9a…` → `3f9a…`); a plain name is returned as is.
    public var arnResourceID: String {
        // Searched as bytes: a Character search breaks graphemes, and the API does this per task.
        guard hasPrefix("arn:"), let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return String(self[utf8.index(after: slash)...])
    }
}
