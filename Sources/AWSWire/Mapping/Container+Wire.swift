import ECSModel

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Container {
    /// A binding without a container port (a port range) is left out; a missing host port is the
    /// container's own (awsvpc and host mode).
    public init(described shape: ECSShapes.Container) {
        self.init(
            name: shape.name ?? "", image: shape.image ?? "",
            lastStatus: shape.lastStatus.flatMap(TaskStatus.init(rawValue:)) ?? .pending, exitCode: shape.exitCode,
            reason: shape.reason,
            networkBindings: (shape.networkBindings ?? []).compactMap { binding in
                guard let containerPort = binding.containerPort else { return nil }
                return NetworkBinding(
                    containerPort: containerPort, hostPort: binding.hostPort ?? containerPort,
                    protocol: binding.protocol.flatMap { TransportProtocol(rawValue: $0.rawValue) } ?? .tcp)
            },
            healthStatus: shape.healthStatus.flatMap { HealthStatus(rawValue: $0.rawValue) } ?? .unknown)
    }
}
