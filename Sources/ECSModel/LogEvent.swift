import Foundation

/// One line a container wrote, as CloudWatch Logs keeps it.
public struct LogEvent: Hashable, Sendable {
    public var timestamp: Date
    public var containerName: String
    public var message: String

    public init(timestamp: Date, containerName: String, message: String) {
        self.timestamp = timestamp
        self.containerName = containerName
        self.message = message
    }
}
