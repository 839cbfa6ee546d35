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
