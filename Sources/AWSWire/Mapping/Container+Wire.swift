import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.Container {
    /// A container of the task whose ARN is `taskARN`, listing the task's ENI when it has one.
    init(_ container: Container, taskARN: String, networkInterface: ElasticNetworkInterface?) {
        self.init()
        self.taskArn = taskARN
        name = container.name
        image = container.image
        lastStatus = container.lastStatus.rawValue
        exitCode = container.exitCode
        reason = container.reason
        networkBindings = container.networkBindings.map(ECSShapes.NetworkBinding.init)
        networkInterfaces = networkInterface.map { [$0.networkInterface] } ?? []
        healthStatus = ECSShapes.HealthStatus(rawValue: container.healthStatus.rawValue)
    }

    /// A container without the ENI of its task.
    public init(_ container: Container, taskARN: String) {
        self.init(container, taskARN: taskARN, networkInterface: nil)
    }
}

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
