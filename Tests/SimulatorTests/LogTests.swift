import Foundation
import Testing
import Simulator

@Suite struct LogTests {
    private let requestLine = #/^(GET|POST) /[a-z/0-9]* \d{3} \d+ms$/#

    @Test func logsAreDeterministicAndStartWithTheContainersStartingUp() throws {
        let a = Simulator(scenario: .default, seed: 42, chaos: .off)
        let b = Simulator(scenario: .default, seed: 42, chaos: .off)
        a.advance(seconds: 200)
        b.advance(seconds: 200)
        let task = a.activeTasks("web", in: "prod")[0]
        let lines = a.logEvents(cluster: "prod", task: task.id, limit: 10_000)
        #expect(lines == b.logEvents(cluster: "prod", task: task.arn, limit: 10_000))
        #expect(lines != a.logEvents(cluster: "prod", task: a.activeTasks("web", in: "prod")[1].id, limit: 10_000))
        #expect(lines.prefix(3).map(\.message) == [
            "INFO starting nginx:1.27", "INFO listening on 0.0.0.0:80", lines[2].message,
        ])
        #expect(lines[2].message.hasPrefix("INFO ready in "))
        #expect(lines.dropFirst(3).allSatisfy { $0.message.wholeMatch(of: requestLine) != nil })
        #expect(lines.allSatisfy { $0.containerName == "nginx" && $0.timestamp <= a.snapshot().time })
        #expect(lines.map(\.timestamp) == lines.map(\.timestamp).sorted(), "oldest first")
        // The newest lines, as many as asked for.
        let newest = a.logEvents(cluster: "prod", task: task.id, limit: 5)
        #expect(newest == Array(lines.suffix(5)))
        #expect(a.logEvents(cluster: "prod", task: "ffffffffffffffffffffffffffffffff", limit: 5) == [])
        #expect(a.logEvents(cluster: "nope", task: task.id, limit: 5) == [])
        // Through the control plane too.
        #expect(SimulatedControlPlane(simulator: a).logEvents(cluster: "prod", task: task.id, limit: 5) == newest)
    }

    @Test func linesFollowTheTrafficButStayReadable() {
        let simulator = Simulator(
            scenario: CapacityHarness.workloadScenario(desired: 2, rps: 20, spikes: [.init(at: 600, duration: 1_200, multiplier: 20)]),
            seed: 1, chaos: .off)
        simulator.advance(seconds: 1_000)
        let task = simulator.activeTasks()[0].id
        let lines = simulator.logEvents(cluster: "c", task: task, limit: 10_000)
        func perMinute(_ minute: Int) -> Int {
            let start = Simulator.epoch.addingTimeInterval(Double(minute) * 60)
            return lines.count { $0.timestamp >= start && $0.timestamp < start.addingTimeInterval(60) }
        }
        #expect(perMinute(12) > 2 * perMinute(5), "a surge shows in the log")
        #expect(perMinute(12) <= 30)
    }

    @Test func theLastLinesMatchHowTheTaskStopped() throws {
        let simulator = Simulator(scenario: Harness.scenario(desired: 4), seed: 6, chaos: .off)
        simulator.advance(seconds: 120)
        let tasks = simulator.activeTasks().map(\.id)
        try simulator.execute(.injectFault(.crashTask(cluster: "c", task: tasks[0])))
        try simulator.execute(.injectFault(.outOfMemory(cluster: "c", task: tasks[1])))
        try simulator.execute(.stopTask(cluster: "c", task: tasks[2], reason: ""))
        let host = try #require(simulator.task(tasks[3])?.ec2InstanceID)
        try simulator.execute(.injectFault(.terminateInstance(cluster: "c", instance: host)))
        simulator.advance(seconds: 60)

        func last(_ id: String, _ count: Int) -> [String] {
            simulator.logEvents(cluster: "c", task: id, limit: count).map(\.message)
        }
        #expect(last(tasks[0], 2)[0].hasPrefix("ERROR unhandled exception: "))
        #expect(last(tasks[0], 2)[1] == "FATAL exiting with status 1")
        #expect(last(tasks[1], 2) == ["WARN memory usage at 94% of the 512 MiB limit", "WARN memory usage at 99% of the 512 MiB limit"])
        let stopped = try #require(simulator.task(tasks[2]))
        let ending = last(tasks[2], 2)
        switch stopped.containers[0].exitCode {
        case 0: #expect(ending == ["INFO received SIGTERM, shutting down gracefully", "INFO shutdown complete"])
        case 137: #expect(ending == ["INFO received SIGTERM, shutting down gracefully", "WARN still draining 3 connections"])
        default: #expect(ending.last == "INFO received SIGTERM, shutting down gracefully")
        }
        // A host that went away says nothing more: its log just ends.
        let terminated = simulator.logEvents(cluster: "c", task: tasks[3], limit: 3)
        #expect(terminated.allSatisfy { $0.message.wholeMatch(of: requestLine) != nil })
        #expect(terminated.allSatisfy { $0.timestamp <= simulator.task(tasks[3])!.stoppingAt! })
    }
}
