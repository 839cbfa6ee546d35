import ECSModel

// MARK: Request shape → ECSModel

extension ContainerHealthCheck {
    /// ECS's defaults for what is not given: every 30 s, 5 s timeout, 3 retries, no start period.
    public static func requested(_ shape: ECSShapes.HealthCheck) throws(ECSError) -> Self {
        return Self(
            command: try RequestMember.required(shape.command, "healthCheck.command"), interval: shape.interval ?? 30,
            timeout: shape.timeout ?? 5, retries: shape.retries ?? 3, startPeriod: shape.startPeriod ?? 0)
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.HealthCheck {
    public init(_ check: ContainerHealthCheck) {
        self.init(
            command: check.command, interval: check.interval, timeout: check.timeout, retries: check.retries,
            startPeriod: check.startPeriod)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension ContainerHealthCheck {
    /// ECS's defaults for the timings an endpoint leaves out; nil without a command.
    public init?(described shape: ECSShapes.HealthCheck) {
        guard let command = shape.command else { return nil }
        let defaults = ContainerHealthCheck(command: command)
        self.init(
            command: command, interval: shape.interval ?? defaults.interval, timeout: shape.timeout ?? defaults.timeout,
            retries: shape.retries ?? defaults.retries, startPeriod: shape.startPeriod ?? defaults.startPeriod)
    }
}
