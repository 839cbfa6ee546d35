/// Where a container's output goes (`awslogs` with its group and stream prefix, most often).
public struct LogConfiguration: Hashable, Sendable {
    public var logDriver: String
    public var options: [String: String]

    public init(logDriver: String = "awslogs", options: [String: String] = [:]) {
        self.logDriver = logDriver
        self.options = options
    }
}
