import Testing
import Simulator

@Suite struct ControlPlaneTests {
    @Test func advancesBySpeedUnlessPaused() throws {
        let plane = SimulatedControlPlane(simulator: Simulator(scenario: .default, seed: 9, chaos: .off), speed: 2)
        #expect(plane.isSimulated)
        plane.advance(wallElapsed: .seconds(3))
        #expect(plane.simulator.elapsed == .seconds(6))
        try plane.execute(.setPaused(true))
        plane.advance(wallElapsed: .seconds(3))
        #expect(plane.simulator.elapsed == .seconds(6))
        #expect(plane.snapshot().source == .simulation(seed: 9, speed: 2, paused: true, elapsed: .seconds(6)))
        try plane.execute(.setPaused(false))
        try plane.execute(.setSpeed(100))
        plane.advance(wallElapsed: .milliseconds(100))
        #expect(plane.simulator.elapsed == .seconds(16))
    }

    @Test func rejectsSpeedsOutOfRangeAndPassesEcsCommandsOn() throws {
        let plane = SimulatedControlPlane(simulator: Simulator(scenario: .default, seed: 9, chaos: .off))
        #expect(throws: ECSError.self) { try plane.execute(.setSpeed(0.1)) }
        #expect(throws: ECSError.self) { try plane.execute(.setSpeed(101)) }
        try plane.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 3))
        #expect(plane.snapshot().cluster(named: "prod")?.service(named: "worker")?.service.desiredCount == 3)
    }
}
