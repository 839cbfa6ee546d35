import Dashboard
import Foundation
import Simulator
import Testing

/// A recorded run replayed from its file draws the same screen as the run did at its end.
@Suite struct ReplayScreenTests {
    @Test func theReplayedScreenIsTheRecordedRunsScreen() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-screen-\(UUID().uuidString).jsonl").path
        defer { unlink(path) }
        let live = Simulator(scenario: .default, seed: 42, chaos: .high)
        let plane = RecordingControlPlane(
            base: SimulatedControlPlane(simulator: live, speed: 10), writer: try RecordingWriter(path: path, header: .init(seed: 42, chaos: .high)))
        func wait(_ frames: Int) { for _ in 0..<frames { plane.advance(wallElapsed: .milliseconds(97)) } }
        wait(50)
        try plane.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 3))
        try plane.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 4))
        wait(20)
        let victim = try #require(live.snapshot().cluster(named: "prod")?.service(named: "web")?.tasks.first { $0.desiredStatus == .running })
        try plane.execute(.stopTask(cluster: "prod", task: victim.id, reason: "Task stopped by user"))
        try plane.execute(.injectFault(.failHealthChecks(cluster: "prod", service: "api", duration: .seconds(45))))
        wait(80)
        plane.finish()

        let replay = RecordingReplay(recording: try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8)), scenario: { _ in .default })
        try replay.run()
        let dashboard = Dashboard()
        let recorded = dashboard.render(SimulatedControlPlane(simulator: live).snapshot(), width: 120, height: 36)
        let replayed = dashboard.render(SimulatedControlPlane(simulator: replay.simulator).snapshot(), width: 120, height: 36)
        #expect(replayed.text == recorded.text)
        #expect(replayed == recorded)
        #expect(try Regex("[▶ ] worker +EC2 +4 ").firstMatch(in: replayed.text) != nil, "\(replayed.text)")
    }
}
