/// A service's link to a target group: which container and port receive the traffic.
public struct LoadBalancer: Hashable, Sendable, Codable {
    public var targetGroupARN: String
    public var containerName: String
    public var containerPort: Int

    public init(targetGroupARN: String, containerName: String, containerPort: Int) {
        self.targetGroupARN = targetGroupARN
        self.containerName = containerName
        self.containerPort = containerPort
    }
}
