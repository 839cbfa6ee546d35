/// The simulated control plane with a recorder on its command path: every command that reaches it is
/// written, with the simulated time it was issued at and ECS's answer, before the answer goes back.
/// Time passing is not written: the simulator is deterministic, so the commands are all a replay needs.
public final class RecordingControlPlane: ControlPlane {
    public let base: SimulatedControlPlane
    public let writer: RecordingWriter

    public init(base: SimulatedControlPlane, writer: RecordingWriter) {
        self.base = base
        self.writer = writer
    }

    public var isSimulated: Bool { true }

    public func snapshot() -> ControlPlaneSnapshot { base.snapshot() }

    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        let at = base.simulator.elapsed
        do {
            let outcome = try base.execute(command)
            writer.append(RecordedCommand(at: at, command: command))
            return outcome
        } catch {
            writer.append(RecordedCommand(at: at, command: command, error: error.description))
            throw error
        }
    }

    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        base.logEvents(cluster: cluster, task: task, limit: limit)
    }

    public func advance(wallElapsed: Duration) { base.advance(wallElapsed: wallElapsed) }

    /// Writes the end line at the current simulated time and closes the file.
    public func finish() { writer.finish(at: base.simulator.elapsed) }
}
