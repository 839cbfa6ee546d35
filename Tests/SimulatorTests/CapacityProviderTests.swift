import Foundation
import Testing
import Simulator

@Suite struct CapacityProviderTests {
    /// No instances at all, three tasks of 1024 CPU (two fit on an m5.large) on the provider `cp`.
    private func empty(_ scaling: CapacityProvider.ManagedScaling = .init(), desired: Int = 3) -> Simulator {
        Simulator(scenario: CapacityHarness.scenario(desired: desired, cpu: 1024, memory: 1024, provider: scaling), seed: 8, chaos: .off)
    }

    @Test func tasksWaitInProvisioningUntilManagedScalingBringsCapacity() throws {
        let simulator = empty()
        let waiting = simulator.activeTasks()
        #expect(waiting.count == 3)
        #expect(waiting.allSatisfy { $0.lastStatus == .provisioning && $0.containerInstanceID == nil && $0.capacityProviderName == "cp" })
        let messages = simulator.service().messages
        #expect(messages == ["(service svc) has started 3 tasks: \(waiting.map { "(task \($0.id))" }.joined(separator: " "))."])
        #expect(simulator.service().service.pendingCount == 0, "PROVISIONING is not PENDING")
        #expect(simulator.provider().reservation == 100, "nothing measured yet")

        // First datapoint: N = 0 with tasks waiting → 200 %, above the target: scale out to M = 2.
        simulator.advance(seconds: 60)
        #expect(simulator.provider().reservation == 200)
        #expect(simulator.group().desiredCapacity == 2)
        #expect(simulator.group().instances.count == 2)
        simulator.advance(seconds: 60)
        #expect(simulator.provider().reservation == 100, "M = 2 instances needed, N = 2 launched")
        #expect(simulator.group().desiredCapacity == 2)
        #expect(simulator.activeTasks().allSatisfy { $0.lastStatus == .provisioning })

        simulator.advance(seconds: 60)
        let tasks = simulator.activeTasks()
        #expect(tasks.allSatisfy { $0.lastStatus == .running && $0.containerInstanceID != nil })
        #expect(Set(tasks.compactMap(\.containerInstanceID)).count == 2)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(!simulator.service().messages.contains { $0.contains("was unable to place") })
        #expect(simulator.provider().reservation == 100)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aLowerTargetCapacityKeepsSpareInstances() {
        let simulator = empty(.init(targetCapacity: 50))
        simulator.advance(seconds: 60)
        // M = 2 at 50 % → 4 instances.
        #expect(simulator.group().desiredCapacity == 4)
        simulator.advance(seconds: 240)
        #expect(simulator.provider().reservation == 50)
        #expect(simulator.service().service.runningCount == 3)
    }

    @Test func stepSizesBoundEachScaleOut() {
        let simulator = empty(.init(minimumScalingStepSize: 1, maximumScalingStepSize: 1), desired: 6)
        simulator.advance(seconds: 60)
        #expect(simulator.group().desiredCapacity == 1, "at most one at a time")
        simulator.advance(seconds: 60)
        #expect(simulator.group().desiredCapacity == 2)
        let big = empty(.init(minimumScalingStepSize: 5, maximumScalingStepSize: 10), desired: 1)
        big.advance(seconds: 60)
        #expect(big.group().desiredCapacity == 5, "at least the minimum step, even for one task")
    }

    @Test func maxSizeCapsScaleOut() {
        let simulator = Simulator(scenario: CapacityHarness.scenario(desired: 9, cpu: 1024, memory: 1024, maxSize: 3), seed: 8, chaos: .off)
        simulator.advance(seconds: 400)
        #expect(simulator.group().desiredCapacity == 3)
        #expect(simulator.service().service.runningCount == 6)
        #expect(simulator.activeTasks().count { $0.lastStatus == .provisioning } == 3)
        #expect(simulator.provider().reservation > 100)
        // Scaling the service down stops the waiting tasks first, at once.
        let waiting = simulator.activeTasks().filter { $0.lastStatus == .provisioning }.map(\.id)
        try? simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 6))
        for id in waiting { #expect(simulator.task(id)?.lastStatus == .stopped) }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func idleInstancesAreRemovedAfterFifteenMinutesBelowTarget() throws {
        let simulator = empty()
        simulator.advance(seconds: 240)
        #expect(simulator.service().service.runningCount == 3)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 1))
        simulator.advance(seconds: 60)
        let idle = simulator.cluster().instances.filter { $0.runningTasksCount == 0 }
        #expect(idle.count == 1)
        #expect(simulator.provider().reservation == 50)
        // Fourteen datapoints below the target are not enough.
        simulator.advance(seconds: 13 * 60)
        #expect(simulator.group().desiredCapacity == 2)
        simulator.advance(seconds: 2 * 60)
        #expect(simulator.group().desiredCapacity == 1)
        let idleID = idle[0].ec2InstanceID
        #expect(simulator.group().instances.first { $0.ec2InstanceID == idleID }?.lifecycleState != .inService)
        simulator.advance(seconds: 60)
        #expect(simulator.instance(ec2: idleID)?.status == .inactive)
        #expect(simulator.service().service.runningCount == 1, "the busy instance stays")
        #expect(simulator.provider().reservation == 100)
        #expect(simulator.invariantViolations() == [])
    }
}
