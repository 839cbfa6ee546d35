import ECSModel

// MARK: Request shape → ECSModel

extension PortMapping {
    public static func requested(_ shape: ECSShapes.PortMapping) throws(ECSError) -> Self {
        try RequestMember.refuseUnmodelled(shape, keeping: ["containerPort", "hostPort", "protocol"], in: "portMappings")
        return Self(
            containerPort: try RequestMember.required(shape.containerPort, "containerPort"), hostPort: shape.hostPort,
            protocol: try RequestMember.value(shape.protocol, "protocol") ?? .tcp)
    }
}

// MARK: ECSModel → shape

extension ECSShapes.PortMapping {
    public init(_ mapping: PortMapping) {
        self.init(
            containerPort: mapping.containerPort, hostPort: mapping.hostPort,
            protocol: ECSShapes.TransportProtocol(rawValue: mapping.protocol.rawValue))
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension PortMapping {
    /// nil without a container port (a port range, which the model does not have).
    public init?(described shape: ECSShapes.PortMapping) {
        guard let containerPort = shape.containerPort else { return nil }
        self.init(
            containerPort: containerPort, hostPort: shape.hostPort,
            protocol: shape.protocol.flatMap { TransportProtocol(rawValue: $0.rawValue) } ?? .tcp)
    }
}
