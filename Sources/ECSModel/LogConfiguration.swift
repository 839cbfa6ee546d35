/// Where a container's output goes (`awslogs` with its group and stream prefix, most often).
public struct LogConfiguration: Hashable, Sendable {
    public var logDriver: String
    public var options: [String: String]

    public init(logDriver: String = "awslogs", options: [String: String] = [:]) {
        self.logDriver = logDriver
        self.options = options
    }

    /// The CloudWatch Logs group of an `awslogs` container; nil for other drivers.
    public var awslogsGroup: String? {
        guard logDriver == "awslogs", let group = options["awslogs-group"], !group.isEmpty else { return nil }
        return group
    }

    /// The region of the group when it is not the task's (`awslogs-region`).
    public var awslogsRegion: String? { options["awslogs-region"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The stream `awslogs` writes a container of a task to: `prefix/container/task-id`. Without a
    /// prefix the stream is named after the Docker container id, which ECS does not report, so there is
    /// no stream to ask for by name.
    public func awslogsStream(container: String, taskID: String) -> String? {
        guard awslogsGroup != nil, let prefix = options["awslogs-stream-prefix"], !prefix.isEmpty else { return nil }
        return "\(prefix)/\(container)/\(taskID)"
    }
}
