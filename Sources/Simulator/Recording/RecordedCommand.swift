import Foundation

/// One command of a recorded run: when it reached the control plane (simulated time, exact), what it
/// was, and the error ECS answered with, if it refused it — so that a replay can expect the same.
public struct RecordedCommand: Hashable, Sendable {
    public var at: Duration
    public var command: ControlPlaneCommand
    /// `"InvalidParameterException: …"`, as `ECSError.description` words it; nil when it succeeded.
    public var error: String?
    /// The line of the recording it came from (1 is the header); 0 when not read from a file.
    public var line: Int

    public init(at: Duration, command: ControlPlaneCommand, error: String? = nil, line: Int = 0) {
        self.at = at
        self.command = command
        self.error = error
        self.line = line
    }
}
