import Foundation
import Testing
import Simulator

@Suite struct WorkloadTests {
    @Test func moreTasksShareTheLoadSoEachUsesLessCPU() {
        let two = Simulator(scenario: CapacityHarness.workloadScenario(desired: 2, rps: 120), seed: 1, chaos: .off)
        let four = Simulator(scenario: CapacityHarness.workloadScenario(desired: 4, rps: 120), seed: 1, chaos: .off)
        two.advance(seconds: 120)
        four.advance(seconds: 120)
        // 5 % idle + requests per task / 100 per task at full CPU, ± a little noise.
        #expect(abs(two.service().cpuUtilization - 0.65) < 0.03)
        #expect(abs(four.service().cpuUtilization - 0.35) < 0.03)
        #expect(four.service().memoryUtilization < two.service().memoryUtilization, "memory follows load")
    }

    @Test func metricsKeepFiveSecondSamplesAndMinuteAverages() {
        let simulator = Simulator(
            scenario: CapacityHarness.workloadScenario(rps: 120, spikes: [.init(at: 900, duration: 200, multiplier: 3)]),
            seed: 2, chaos: .off)
        simulator.advance(seconds: 599)
        var metrics = simulator.service().metrics
        #expect(metrics.cpuUtilization.recent.count == 120, "ten minutes of 5 s samples, the last 120")
        #expect(metrics.cpuUtilization.perMinute.count == 10)
        #expect(metrics.memoryUtilization.perMinute.count == 10)
        #expect(metrics.requestCount.recent.last == 7_200, "requests per minute across the service")
        #expect(metrics.requestCount.perMinute.last == 7_200)

        // In the middle of the spike: three times the requests.
        simulator.advance(seconds: 401)
        metrics = simulator.service().metrics
        #expect(metrics.requestCount.recent.last == 21_600)
        #expect(simulator.service().cpuUtilization > 0.9)

        simulator.advance(seconds: 3 * 3_600)
        metrics = simulator.service().metrics
        #expect(metrics.cpuUtilization.perMinute.count == 180, "three hours of minutes")
        #expect(metrics.requestCount.recent.count == 120)
        #expect(simulator.cluster().metrics.cpuUtilization.count == 120, "the cluster's header sparklines as before")
    }

    @Test func aSurgeThatOutgrowsTheMemoryLimitGetsTasksOOMKilled() throws {
        // Two tasks at full load with heavy heaps: memory climbs past the 512 MiB hard limit in about a minute.
        let simulator = Simulator(
            scenario: CapacityHarness.workloadScenario(desired: 2, rps: 200, baseMemory: 0.8, memoryPerLoad: 0.5), seed: 3,
            chaos: .off)
        simulator.advance(seconds: 50)
        #expect(simulator.service().tasks.allSatisfy { $0.desiredStatus == .running })
        simulator.advance(seconds: 300)
        let killed = try #require(simulator.service().tasks.first { $0.desiredStatus == .stopped })
        #expect(killed.stopCode == .essentialContainerExited)
        #expect(killed.stoppedReason == "Essential container in task exited")
        #expect(killed.containers[0].exitCode == 137)
        #expect(killed.containers[0].reason == "OutOfMemoryError: Container killed due to memory usage")
        #expect(simulator.activeTasks().count == 2, "replaced")
    }

    @Test func theDefaultScenarioDoesNotOOMInThreeHours() {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 3 * 3_600)
        let oom = simulator.cluster("prod").allTasks.filter { $0.containers.contains { $0.reason != nil } }
        #expect(oom.isEmpty)
        #expect(simulator.service("web", in: "prod").metrics.requestCount.perMinute.count == 180)
    }
}
