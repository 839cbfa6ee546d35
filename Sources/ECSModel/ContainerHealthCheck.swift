/// A container's own health check (the task definition's `healthCheck`), run by the agent.
public struct ContainerHealthCheck: Hashable, Sendable {
    /// `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]`
    public var command: [String]
    public var interval: Int
    public var timeout: Int
    public var retries: Int
    public var startPeriod: Int

    public init(command: [String], interval: Int = 30, timeout: Int = 5, retries: Int = 3, startPeriod: Int = 0) {
        self.command = command
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.startPeriod = startPeriod
    }
}
