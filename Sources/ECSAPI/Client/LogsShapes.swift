/// The few CloudWatch Logs shapes the logs view needs, written by hand: the shape generator reads only
/// ECS's model. Timestamps are milliseconds since 1970 on this wire, not ECS's seconds, so they stay numbers.
public enum LogsShapes {
    public struct GetLogEventsRequest: Codable, Hashable, Sendable {
        public var logGroupName: String
        public var logStreamName: String
        public var limit: Int?
        /// false: the newest events (still oldest first in the answer).
        public var startFromHead: Bool?
        public var nextToken: String?

        public init(
            logGroupName: String, logStreamName: String, limit: Int? = nil, startFromHead: Bool? = nil,
            nextToken: String? = nil
        ) {
            self.logGroupName = logGroupName
            self.logStreamName = logStreamName
            self.limit = limit
            self.startFromHead = startFromHead
            self.nextToken = nextToken
        }
    }

    public struct GetLogEventsResponse: Codable, Hashable, Sendable {
        public var events: [OutputLogEvent]?
        public var nextForwardToken: String?
        public var nextBackwardToken: String?

        public init(events: [OutputLogEvent]? = nil, nextForwardToken: String? = nil, nextBackwardToken: String? = nil) {
            self.events = events
            self.nextForwardToken = nextForwardToken
            self.nextBackwardToken = nextBackwardToken
        }
    }

    public struct OutputLogEvent: Codable, Hashable, Sendable {
        /// Milliseconds since 1970.
        public var timestamp: Int64?
        public var message: String?
        public var ingestionTime: Int64?

        public init(timestamp: Int64? = nil, message: String? = nil, ingestionTime: Int64? = nil) {
            self.timestamp = timestamp
            self.message = message
            self.ingestionTime = ingestionTime
        }
    }
}
