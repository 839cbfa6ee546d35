/// Applies a recording's commands to a simulator as its simulated time passes: each exactly at its
/// recorded time (after every event due by then, as when it was typed), expecting the recorded answer.
///
/// Pace commands (pause, speed) change nothing in the simulator and are only checked; a recorded step
/// runs the simulator to its next event as it did live.
public final class RecordingReplay {
    public let simulator: Simulator
    public let recording: RunRecording
    /// Index of the next command to apply.
    public private(set) var nextIndex = 0

    public init(recording: RunRecording, simulator: Simulator) {
        self.recording = recording
        self.simulator = simulator
    }

    /// Builds the simulator the header describes; `scenario` resolves a scenario file's path (the
    /// embedded default scenario needs none).
    public convenience init(
        recording: RunRecording, scenario resolveScenario: (String) throws -> Scenario
    ) rethrows {
        let header = recording.header
        let scenario = try header.scenarioPath.map(resolveScenario) ?? .default
        self.init(recording: recording, simulator: Simulator(scenario: scenario, seed: header.seed, chaos: header.chaos))
    }

    /// The commands not applied yet.
    public var pending: ArraySlice<RecordedCommand> { recording.commands[nextIndex...] }

    /// Runs the simulation to `time`, applying every command recorded up to and including it. Stops at
    /// the first command whose answer differs from the recorded one (that command is then applied).
    public func advance(to time: Duration) throws(ReplayDivergence) {
        while nextIndex < recording.commands.count, recording.commands[nextIndex].at <= time {
            let recorded = recording.commands[nextIndex]
            nextIndex += 1
            if recorded.at > simulator.elapsed { simulator.advance(by: recorded.at - simulator.elapsed) }
            let replayed = apply(recorded.command)
            if replayed != recorded.error {
                throw ReplayDivergence(line: recorded.line, command: recorded.command, recorded: recorded.error, replayed: replayed)
            }
        }
        if time > simulator.elapsed { simulator.advance(by: time - simulator.elapsed) }
    }

    /// Replays the whole recording, to its end.
    public func run() throws(ReplayDivergence) {
        try advance(to: recording.lastTime)
    }

    /// Does what `SimulatedControlPlane` did with the command live, as far as the simulator is concerned;
    /// returns ECS's error text, nil on success.
    private func apply(_ command: ControlPlaneCommand) -> String? {
        switch command {
        case .setPaused:
            return nil
        case .setSpeed(let speed):
            // The same check, for the same answer, without a pace to change.
            do throws(ECSError) {
                try SimulatedControlPlane(simulator: simulator).execute(.setSpeed(speed))
                return nil
            } catch {
                return error.description
            }
        case .stepToNextEvent:
            simulator.stepToNextEvent()
            return nil
        default:
            do throws(ECSError) {
                try simulator.execute(command)
                return nil
            } catch {
                return error.description
            }
        }
    }
}
