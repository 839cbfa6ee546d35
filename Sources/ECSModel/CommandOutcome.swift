/// What a command reports beyond success: the items it could not carry out, as ECS lists them in a
/// call's `failures` (RunTask: the closest instance's ARN and `RESOURCE:MEMORY`, `AGENT` …).
public struct CommandOutcome: Hashable, Sendable {
    public var failures: [Failure]

    public init(failures: [Failure] = []) { self.failures = failures }

    /// Everything was carried out.
    public static let complete = CommandOutcome()

    public struct Failure: Hashable, Sendable {
        public var arn: String?
        public var reason: String

        public init(arn: String?, reason: String) {
            self.arn = arn
            self.reason = reason
        }
    }
}
