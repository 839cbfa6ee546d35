/// The control plane of an interactive replay: the recorded run plays back as simulated time passes,
/// at the watcher's pace (pause, speed and step work as live). Read-only: the only changes to the
/// cluster are the recording's.
public final class ReplayingControlPlane: ControlPlane {
    public let replay: RecordingReplay
    /// Owns the pace; shares the replay's simulator.
    private let pace: SimulatedControlPlane
    /// The first recorded command whose answer differed (the caller checks the file beforehand, so
    /// this stays nil unless the simulator is not deterministic).
    public private(set) var divergence: ReplayDivergence?

    public init(replay: RecordingReplay, speed: Double = 1) {
        self.replay = replay
        pace = SimulatedControlPlane(simulator: replay.simulator, speed: speed)
    }

    public var isSimulated: Bool { true }

    public func snapshot() -> ControlPlaneSnapshot { pace.snapshot() }

    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        switch command {
        case .setPaused, .setSpeed:
            try pace.execute(command)
        case .stepToNextEvent:
            // The next event may be a recorded command, due before anything the simulator has queued.
            try pace.execute(.setPaused(true))
            let simulator = replay.simulator
            let nextEvent = simulator.nextEventTime.map { max($0, simulator.elapsed + .nanoseconds(1)) }
            let nextCommand = replay.pending.first?.at
            guard let next = [nextEvent, nextCommand].compactMap(\.self).min() else { return .complete }
            play(to: next)
        default:
            throw .client("This is a replay: the cluster changes only as recorded.")
        }
        return .complete
    }

    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        pace.logEvents(cluster: cluster, task: task, limit: limit)
    }

    public func advance(wallElapsed: Duration) {
        guard !pace.isPaused, wallElapsed > .zero else { return }
        play(to: replay.simulator.elapsed + wallElapsed * pace.speed)
    }

    private func play(to time: Duration) {
        do throws(ReplayDivergence) {
            try replay.advance(to: time)
        } catch {
            if divergence == nil { divergence = error }
            // Carry on with the rest of the recording: the screen still shows what the commands do now.
            play(to: time)
        }
    }
}
