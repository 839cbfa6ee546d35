/// The `ControlPlane` the dashboard talks to: a `Simulator` plus the pace of simulated time.
public final class SimulatedControlPlane: ControlPlane {
    public let simulator: Simulator
    /// Simulated seconds per wall-clock second.
    public private(set) var speed: Double
    public private(set) var isPaused = false

    public static let speeds: ClosedRange<Double> = 0.25...100

    /// Shown in the header; nil for the embedded default scenario.
    public let scenarioName: String?

    public init(simulator: Simulator, speed: Double = 1, scenarioName: String? = nil) {
        self.simulator = simulator
        self.scenarioName = scenarioName
        self.speed = min(max(speed, Self.speeds.lowerBound), Self.speeds.upperBound)
    }

    public var isSimulated: Bool { true }

    public func snapshot() -> ControlPlaneSnapshot {
        var snapshot = simulator.snapshot()
        snapshot.source = .simulation(seed: simulator.seed, speed: speed, paused: isPaused, elapsed: simulator.elapsed)
        snapshot.scenarioName = scenarioName
        return snapshot
    }

    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        switch command {
        case .setPaused(let paused):
            isPaused = paused
        case .setSpeed(let newSpeed):
            guard Self.speeds.contains(newSpeed) else {
                throw .invalidParameter("Speed must be between 0.25 and 100, not \(newSpeed).")
            }
            speed = newSpeed
        case .stepToNextEvent:
            isPaused = true
            simulator.stepToNextEvent()
        default:
            return try simulator.execute(command)
        }
        return .complete
    }

    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        simulator.logEvents(cluster: cluster, task: task, limit: limit)
    }

    public func advance(wallElapsed: Duration) {
        guard !isPaused, wallElapsed > .zero else { return }
        simulator.advance(by: wallElapsed * speed)
    }
}
