import Testing
import Simulator

@Suite struct ThrottlingTests {
    private let unable = "(service svc) is unable to consistently start tasks successfully."

    /// `app:1` steady at 2 tasks, then `app:2` (tag `-broken`) deployed without a circuit breaker.
    private func brokenDeployment() throws -> Simulator {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27", "nginx:1.28-broken", "nginx:1.28"], desired: 2),
            seed: 14, chaos: .off)
        simulator.advance(seconds: 30)
        try simulator.deploy("app:2")
        return simulator
    }

    @Test func backoffDoublesUpTo15Minutes() throws {
        let simulator = try brokenDeployment()
        simulator.advance(seconds: 2 * 3_600)
        // Oldest first: each backoff, then the launch that ends it.
        let events = simulator.service().service.events.reversed().filter {
            $0.message == unable || $0.message.hasPrefix("(service svc) has started ")
        }
        var waits: [Double] = []
        for (event, next) in zip(events, events.dropFirst()) where event.message == unable {
            #expect(next.message.hasPrefix("(service svc) has started 2 tasks: "), "after a backoff, every missing task at once")
            waits.append(next.second - event.second)
        }
        #expect(Array(waits.prefix(8)) == [30, 60, 120, 240, 480, 900, 900, 900])
        // The old tasks serve throughout.
        #expect(simulator.activeTasks(revision: 1).count == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func theFirstFailuresAreRetriedAtOnce() throws {
        let simulator = try brokenDeployment()
        // Two launches fail; each failure is replaced at once until the third.
        let backedOff = simulator.advance(until: { simulator.service().messages.first == unable }, within: 60)
        #expect(backedOff != nil)
        let tasks = simulator.service().tasks.filter { $0.taskDefinitionARN.hasSuffix(":2") }
        #expect(tasks.count == 4)
        #expect(tasks.filter { $0.stopCode == .taskFailedToStart }.count == 3)
        let waitingSince = simulator.seconds
        simulator.advance(seconds: 29)
        #expect(simulator.service().tasks.filter { $0.taskDefinitionARN.hasSuffix(":2") }.count == 4, "nothing launched while backing off")
        simulator.advance(seconds: 1.5)
        #expect(simulator.service().tasks.filter { $0.taskDefinitionARN.hasSuffix(":2") }.count == 6)
        #expect(simulator.seconds - waitingSince < 31)
    }

    @Test func aNewTaskDefinitionEndsTheBackoffAtOnce() throws {
        let simulator = try brokenDeployment()
        simulator.advance(seconds: 400)
        #expect(simulator.service().messages.contains(unable))
        #expect(simulator.service().messages.first != "(service svc) has started 2 tasks: ", "waiting")
        try simulator.deploy("app:3")
        #expect(simulator.service().messages[0].hasPrefix("(service svc) has started 2 tasks: "), "launched without waiting")
        #expect(simulator.activeTasks(revision: 3).count == 2)
        simulator.advance(seconds: 60)
        #expect(simulator.activeTasks().allSatisfy { $0.taskDefinitionARN.hasSuffix(":3") && $0.lastStatus == .running })
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
    }

    @Test func tasksThatRunAndThenDieDoNotThrottle() throws {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27", "nginx:1.28-crashloop"], desired: 2), seed: 14, chaos: .off)
        simulator.advance(seconds: 30)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 600)
        #expect(!simulator.service().messages.contains(unable))
        // Restarted every few seconds the whole time: well over a hundred attempts in ten minutes.
        let attempts = simulator.service().tasks.filter { $0.taskDefinitionARN.hasSuffix(":2") }.count
        #expect(attempts > 100)
        #expect(simulator.invariantViolations() == [])
    }
}
