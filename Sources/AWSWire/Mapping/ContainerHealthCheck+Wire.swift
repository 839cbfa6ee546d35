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
