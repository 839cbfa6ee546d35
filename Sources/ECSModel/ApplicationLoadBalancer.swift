/// An Application Load Balancer with its listeners, each forwarding to one target group.
public struct ApplicationLoadBalancer: Hashable, Sendable, Identifiable {
    public var name: String
    public var arn: String
    public var dnsName: String
    public var listeners: [Listener]

    public var id: String { arn }

    public init(name: String, arn: String, dnsName: String, listeners: [Listener] = []) {
        self.name = name
        self.arn = arn
        self.dnsName = dnsName
        self.listeners = listeners
    }

    public struct Listener: Hashable, Sendable {
        public var port: Int
        public var `protocol`: String
        public var targetGroupARN: String

        public init(port: Int, protocol: String = "HTTP", targetGroupARN: String) {
            self.port = port
            self.protocol = `protocol`
            self.targetGroupARN = targetGroupARN
        }
    }
}
