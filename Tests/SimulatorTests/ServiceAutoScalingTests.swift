import Foundation
import Testing
import Simulator

@Suite struct ServiceAutoScalingTests {
    private let cpu50 = ScalingPolicy(name: "cpu50", metric: .averageCPU, targetValue: 50)

    private func alarmCause(_ kind: String, policy: String) -> Regex<Substring> {
        try! Regex("^monitor alarm TargetTracking-service/c/svc-Alarm\(kind)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} in state ALARM triggered policy \(policy)$")
    }

    @Test func scalesOutAfterThreeDatapointsThenWaitsOutTheCooldownAndStopsAtMax() throws {
        // 600 requests a second over 4 tasks: CPU pinned at 100 %.
        let simulator = Simulator(scenario: CapacityHarness.workloadScenario(rps: 600, policies: [cpu50], max: 10), seed: 1, chaos: .off)
        simulator.advance(seconds: 179)
        #expect(simulator.service().service.desiredCount == 4, "two datapoints are not enough")
        #expect(simulator.service().autoScaling?.policies[0].currentValue == 100)
        simulator.advance(seconds: 1)
        // ceil(4 × 100 / 50) = 8.
        #expect(simulator.service().service.desiredCount == 8)
        let first = try #require(simulator.service().autoScaling?.activities.first)
        #expect(first.description == "Setting desired count to 8.")
        #expect(first.cause.wholeMatch(of: alarmCause("High", policy: "cpu50")) != nil, "\(first.cause)")
        #expect(first.startedAt == Simulator.epoch.addingTimeInterval(180))
        simulator.advance(seconds: 15)
        #expect(simulator.service().service.runningCount == 8, "the scheduler does the rest")

        // 8 tasks still run at 80 %: the next scale-out waits for the 300 s cooldown, and stops at max.
        simulator.advance(seconds: 240)
        #expect(simulator.service().service.desiredCount == 8)
        simulator.advance(seconds: 45)
        #expect(simulator.service().service.desiredCount == 10)
        #expect(simulator.service().autoScaling?.activities.map(\.description) == ["Setting desired count to 10.", "Setting desired count to 8."])
        simulator.advance(seconds: 600)
        #expect(simulator.service().autoScaling?.activities.count == 2, "nothing above max")
    }

    @Test func scalesInAfterFifteenDatapointsNoLowerThanMin() throws {
        // 60 requests a second over 6 tasks: about 15 % CPU.
        let simulator = Simulator(scenario: CapacityHarness.workloadScenario(desired: 6, rps: 60, policies: [cpu50], min: 3), seed: 2, chaos: .off)
        simulator.advance(seconds: 899)
        #expect(simulator.service().service.desiredCount == 6)
        simulator.advance(seconds: 1)
        #expect(simulator.service().service.desiredCount == 3, "ceil(6 × 15 / 50) = 2, clamped to min 3")
        let activity = try #require(simulator.service().autoScaling?.activities.first)
        #expect(activity.description == "Setting desired count to 3.")
        #expect(activity.cause.wholeMatch(of: alarmCause("Low", policy: "cpu50")) != nil, "\(activity.cause)")
        simulator.advance(seconds: 60)
        #expect(simulator.service().service.runningCount == 3)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func anyPolicyScalesOutButScaleInNeedsThemAll() {
        // Memory sits at 50 %: neither above 52 nor below 90 % of it.
        let memory52 = ScalingPolicy(name: "mem52", metric: .averageMemory, targetValue: 52)
        let busy = Simulator(
            scenario: CapacityHarness.workloadScenario(rps: 260, baseMemory: 0.47, memoryPerLoad: 0.05, policies: [cpu50, memory52]),
            seed: 3, chaos: .off)
        busy.advance(seconds: 180)
        #expect(busy.service().service.desiredCount == 6, "CPU alone scales out: ceil(4 × 70 / 50)")

        let idle = Simulator(
            scenario: CapacityHarness.workloadScenario(rps: 40, baseMemory: 0.497, memoryPerLoad: 0.03, policies: [cpu50, memory52]),
            seed: 3, chaos: .off)
        idle.advance(seconds: 1_800)
        #expect(idle.service().service.desiredCount == 4, "memory does not agree to scale in")
        #expect(idle.service().autoScaling?.activities == [])

        let cpuOnly = Simulator(scenario: CapacityHarness.workloadScenario(rps: 40, policies: [cpu50]), seed: 3, chaos: .off)
        cpuOnly.advance(seconds: 1_800)
        #expect(cpuOnly.service().service.desiredCount < 4)
    }

    @Test func noScaleInWhileADeploymentIsInProgress() {
        // Nine tasks, room for eight on one instance: the deployment never completes.
        let stuck = Simulator(
            scenario: CapacityHarness.workloadScenario(desired: 9, rps: 60, policies: [cpu50], instances: 1), seed: 4, chaos: .off)
        stuck.advance(seconds: 1_800)
        #expect(stuck.service().service.primaryDeployment?.rolloutState == .inProgress)
        #expect(stuck.service().service.desiredCount == 9)

        let done = Simulator(
            scenario: CapacityHarness.workloadScenario(desired: 9, rps: 60, policies: [cpu50], instances: 2), seed: 4, chaos: .off)
        done.advance(seconds: 1_800)
        #expect(done.service().service.desiredCount < 9)
    }

    @Test func missingDataNeitherScalesOutNorIn() {
        let simulator = Simulator(scenario: CapacityHarness.workloadScenario(desired: 0, policies: [cpu50], min: 0), seed: 5, chaos: .off)
        simulator.advance(seconds: 1_800)
        #expect(simulator.service().autoScaling?.policies[0].currentValue == nil)
        #expect(simulator.service().autoScaling?.activities == [])
        #expect(simulator.service().service.desiredCount == 0)
    }

    @Test func defaultScenarioWebScalesWithItsTraffic() {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 3_600)
        let web = simulator.service("web", in: "prod")
        #expect(web.autoScaling?.minCapacity == 2 && web.autoScaling?.maxCapacity == 10)
        #expect(web.autoScaling?.activities.isEmpty == false, "an hour of waves and surges moves web")
        #expect((2...10).contains(web.service.desiredCount))
        #expect(simulator.invariantViolations() == [])
    }
}
