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
