/// A recorded command whose outcome differs on replay: the file was edited, or the simulator changed
/// since it was recorded, so what follows would not be the recorded run.
public struct ReplayDivergence: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var command: ControlPlaneCommand
    /// The error recorded, nil for success.
    public var recorded: String?
    /// The error this simulator gives, nil for success.
    public var replayed: String?

    public var description: String {
        "line \(line): the recording says \(recorded.map { "ECS refused it (\($0))" } ?? "it succeeded"), "
            + "but replayed \(replayed.map { "ECS refuses it (\($0))" } ?? "it succeeds")"
            + ": the recording or the simulator has changed since it was made"
    }
}
