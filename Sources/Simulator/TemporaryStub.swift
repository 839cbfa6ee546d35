// TEMPORARY: replaced by the real simulator on merge.
//
// Exactly the simulator's public API, with a trivial body (one cluster "prod", one service "worker"),
// so that the terminal, the executable and their tests build and run before the simulator lands.
import Foundation

public enum ChaosLevel: String, CaseIterable, Sendable { case off, low, high }

public struct Scenario: Sendable {
    var instances: Int
    var tasks: Int

    public static var `default`: Scenario { Scenario(instances: 3, tasks: 6) }
    public static func scaled(instances: Int, tasks: Int) -> Scenario { Scenario(instances: instances, tasks: tasks) }
}

public final class Simulator {
    private let scenario: Scenario
    private let seed: UInt64
    private let chaos: ChaosLevel
    private var desiredCount: Int
    public private(set) var elapsed: Duration = .zero

    public init(scenario: Scenario, seed: UInt64, chaos: ChaosLevel = .low) {
        self.scenario = scenario
        self.seed = seed
        self.chaos = chaos
        desiredCount = scenario.tasks
    }

    public func advance(by duration: Duration) { elapsed += duration }

    public func execute(_ command: ControlPlaneCommand) throws(ECSError) {
        switch command {
        case .updateService(let cluster, let service, let count):
            guard cluster == "prod" else { throw .clusterNotFound() }
            guard service == "worker" else { throw .serviceNotFound() }
            guard count >= 0 else { throw .invalidParameter("desiredCount must be at least 0.") }
            desiredCount = count
        case .stopTask, .updateContainerInstancesState, .runTask:
            throw .client("Not supported by the temporary simulator stub.")
        case .setPaused, .setSpeed:
            break
        }
    }

    public func snapshot() -> ControlPlaneSnapshot {
        let names = ResourceNames()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let cluster = Cluster(
            name: "prod", arn: names.clusterARN("prod"), registeredContainerInstancesCount: scenario.instances,
            runningTasksCount: desiredCount, activeServicesCount: 1
        )
        let service = Service(
            name: "worker", arn: names.serviceARN(cluster: "prod", service: "worker"), clusterARN: cluster.arn,
            taskDefinitionARN: names.taskDefinitionARN(family: "worker", revision: 1), desiredCount: desiredCount,
            runningCount: desiredCount, createdAt: start
        )
        return ControlPlaneSnapshot(
            time: start.addingTimeInterval(Double(elapsed.components.seconds)),
            source: .simulation(seed: seed, speed: 1, paused: false, elapsed: elapsed),
            clusters: [ClusterSnapshot(cluster: cluster, services: [ServiceSnapshot(service: service)])]
        )
    }
}

public final class SimulatedControlPlane: ControlPlane {
    public let simulator: Simulator
    private var speed: Double
    private var paused = false

    public init(simulator: Simulator, speed: Double = 1) {
        self.simulator = simulator
        self.speed = speed
    }

    public var isSimulated: Bool { true }

    public func snapshot() -> ControlPlaneSnapshot {
        var snapshot = simulator.snapshot()
        if case .simulation(let seed, _, _, let elapsed) = snapshot.source {
            snapshot.source = .simulation(seed: seed, speed: speed, paused: paused, elapsed: elapsed)
        }
        return snapshot
    }

    public func execute(_ command: ControlPlaneCommand) throws(ECSError) {
        switch command {
        case .setPaused(let value): paused = value
        case .setSpeed(let value): speed = value
        default: try simulator.execute(command)
        }
    }

    public func advance(wallElapsed: Duration) {
        guard !paused else { return }
        simulator.advance(by: wallElapsed * speed)
    }
}
