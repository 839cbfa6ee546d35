import Foundation
import Testing
import Simulator

@Suite struct LifecycleTests {
    @Test func tasksWalkTheLifecycleInOrderWithTimestamps() throws {
        let simulator = Simulator(scenario: Harness.scenario(desired: 1), seed: 11, chaos: .off)
        let id = simulator.activeTasks()[0].id
        var seen: [TaskStatus] = [simulator.task(id)!.lastStatus]
        func record() {
            let status = simulator.task(id)!.lastStatus
            if status != seen.last { seen.append(status) }
        }
        for _ in 0..<200 { simulator.advance(seconds: 0.05); record() }
        #expect(seen.last == .running)
        try simulator.execute(.stopTask(cluster: "c", task: id, reason: ""))
        for _ in 0..<900 { simulator.advance(seconds: 0.05); record() }
        #expect(seen.first == .provisioning)
        #expect(seen == seen.sorted(), "statuses only move forward: \(seen)")
        #expect(seen.contains(.pending) && seen.contains(.running) && seen.contains(.stopping))
        #expect(seen.last == .stopped)

        let task = simulator.task(id)!
        let created = try #require(task.createdAt as Date?)
        let pulled = try #require(task.pullStartedAt)
        let started = try #require(task.startedAt)
        let stopping = try #require(task.stoppingAt)
        let stopped = try #require(task.stoppedAt)
        #expect(created == Simulator.epoch)
        #expect(created <= pulled && pulled < started && started < stopping && stopping < stopped)
        // PENDING (pull and start) takes a few seconds; the whole start under 10 s.
        #expect(started.timeIntervalSince(pulled) >= 2)
        #expect(started.timeIntervalSince(created) < 10)
        #expect(stopped.timeIntervalSince(stopping) <= 33, "SIGKILL after the 30 s stop timeout at the latest")
        #expect(task.containers.allSatisfy { $0.lastStatus == .stopped && [0, 137, 143].contains($0.exitCode) })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func stopTaskReturnsAtOnceAndTheReplacementRunsWithin15Seconds() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 30)
        let victim = simulator.activeTasks("web", in: "prod")[0]
        try simulator.execute(.stopTask(cluster: "prod", task: victim.arn, reason: ""))

        let stopping = simulator.task(victim.id, in: "prod")!
        #expect(stopping.desiredStatus == .stopped)
        #expect(stopping.lastStatus == .running)
        #expect(stopping.stoppingAt == simulator.snapshot().time)
        #expect(stopping.stopCode == .userInitiated)
        #expect(stopping.stoppedReason == "Task stopped by user")

        // The scheduler reacts at once: a replacement exists already.
        let replacement = try #require(simulator.activeTasks("web", in: "prod").first { $0.createdAt == simulator.snapshot().time })
        #expect(simulator.service("web", in: "prod").messages.first == "(service web) has started 1 tasks: (task \(replacement.id)).")
        let waited = simulator.advance(until: { simulator.task(replacement.id, in: "prod")?.lastStatus == .running }, within: 15)
        #expect(waited != nil)
        #expect(simulator.service("web", in: "prod").service.runningCount == 4)
        simulator.advance(seconds: 40)
        #expect(simulator.task(victim.id, in: "prod")?.lastStatus == .stopped)
        #expect(simulator.service("web", in: "prod").messages.first == "(service web) has reached a steady state.")
    }

    @Test func stopTaskKeepsTheGivenReason() throws {
        let simulator = Simulator(scenario: Harness.scenario(desired: 2), seed: 3, chaos: .off)
        simulator.advance(seconds: 10)
        let id = simulator.activeTasks()[0].id
        try simulator.execute(.stopTask(cluster: "c", task: id, reason: "Rolling back"))
        #expect(simulator.task(id)?.stoppedReason == "Rolling back")
        // Stopping again is accepted and changes nothing.
        try simulator.execute(.stopTask(cluster: "c", task: id, reason: "again"))
        #expect(simulator.task(id)?.stoppedReason == "Rolling back")
    }

    @Test func resourcesAreReservedAtPlacementAndReleasedWhenStopped() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 1, desired: 1, cpu: 300, memory: 700), seed: 2, chaos: .off)
        let registered = simulator.cluster().instances[0].registeredResources
        #expect(simulator.cluster().instances[0].remainingResources == registered - Resources(cpu: 300, memory: 700))
        simulator.advance(seconds: 10)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 0))
        #expect(simulator.cluster().instances[0].remainingResources == registered - Resources(cpu: 300, memory: 700))
        #expect(simulator.cluster().instances[0].runningTasksCount == 0)
        simulator.advance(seconds: 40)
        #expect(simulator.cluster().instances[0].remainingResources == registered)
        #expect(simulator.cluster().instances[0].usedPorts == ContainerInstance.agentReservedPorts)
    }

    @Test func stoppedTasksDisappearAfterAnHour() throws {
        let simulator = Simulator(scenario: Harness.scenario(desired: 2), seed: 12, chaos: .off)
        simulator.advance(seconds: 10)
        let id = simulator.activeTasks()[0].id
        try simulator.execute(.stopTask(cluster: "c", task: id, reason: ""))
        simulator.advance(seconds: 3_500)
        #expect(simulator.task(id)?.lastStatus == .stopped)
        simulator.advance(seconds: 200)
        #expect(simulator.task(id) == nil)
        #expect(throws: ECSError.invalidParameter("The referenced task was not found.")) {
            try simulator.execute(.stopTask(cluster: "c", task: id, reason: ""))
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func lowChaosCrashesAndReplacesWithinTheFirstMinute() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .low)
        simulator.advance(seconds: 60)
        let tasks = simulator.snapshot().clusters.flatMap(\.allTasks)
        let crashed = tasks.filter { $0.stopCode == .essentialContainerExited }
        #expect(!crashed.isEmpty)
        for task in crashed {
            #expect(task.stoppedReason == "Essential container in task exited")
            let container = task.containers.first { $0.exitCode == 1 || $0.exitCode == 137 }
            #expect(container != nil)
            if container?.exitCode == 137 { #expect(container?.reason == "OutOfMemoryError: Container killed due to memory usage") }
        }
        // Each crashed service task has a RUNNING replacement created at its stop time.
        let serviceCrashes = crashed.filter { $0.serviceName != nil }
        #expect(!serviceCrashes.isEmpty)
        for task in serviceCrashes {
            #expect(tasks.contains { $0.clusterARN == task.clusterARN && $0.group == task.group && $0.createdAt == task.stoppingAt && $0.lastStatus == .running })
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func chaosOffNeverCrashesAndHighCrashesMoreThanLow() {
        func crashes(_ level: ChaosLevel) -> Int {
            let simulator = Simulator(scenario: .default, seed: 7, chaos: level)
            simulator.advance(seconds: 600)
            return simulator.snapshot().clusters.flatMap(\.allTasks).filter { $0.stopCode == .essentialContainerExited }.count
        }
        let (off, low, high) = (crashes(.off), crashes(.low), crashes(.high))
        #expect(off == 0)
        #expect((5...60).contains(low), "each task about every half hour, the first one pulled in: \(low)")
        #expect(high > 4 * low)
    }

    @Test func crashRateFollowsTheNumberOfRunningTasks() throws {
        // Two tasks for a while (the pulled-in first crash comes and goes), then two hundred: crashes
        // must come at the new rate at once, not after the old, slow draw runs out.
        var scenario = Harness.scenario(instances: 12, type: "m5.xlarge", desired: 2, cpu: 64, memory: 64)
        scenario.clusters[0].services[0].deploymentConfiguration = DeploymentConfiguration()
        let simulator = Simulator(scenario: scenario, seed: 3, chaos: .low)
        simulator.advance(seconds: 120)
        let before = simulator.service().tasks.filter { $0.stopCode == .essentialContainerExited }.count
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 200))
        simulator.advance(seconds: 180)
        let crashed = simulator.service().tasks.filter { $0.stopCode == .essentialContainerExited }.count - before
        // 200 tasks at one crash per task per half hour: about 20 in three minutes.
        #expect(crashed >= 8, "\(crashed) crashes")
    }

    @Test func standaloneTasksRunWithTheirFamilyGroup() throws {
        let simulator = Simulator(scenario: .default, seed: 1, chaos: .off)
        let migrate = simulator.cluster("prod").standaloneTasks
        #expect(migrate.count == 1)
        #expect(migrate.first?.group == "family:migrate")
        #expect(migrate.first?.startedBy == nil)
        try simulator.execute(.runTask(cluster: "prod", taskDefinition: "migrate:4", count: 2))
        #expect(simulator.cluster("prod").standaloneTasks.count == 3)
        simulator.advance(seconds: 10)
        #expect(simulator.cluster("prod").standaloneTasks.allSatisfy { $0.lastStatus == .running })
    }
}
