import Testing
import Simulator

@Suite struct DrainingTests {
    /// A steady simulator and the instance holding the most service tasks.
    private func steady(_ configuration: DeploymentConfiguration, desired: Int = 4, standalone: Int = 0, seed: UInt64 = 21)
        -> (Simulator, String)
    {
        let simulator = Simulator(
            scenario: Harness.scenario(instances: 3, desired: desired, configuration: configuration, standalone: standalone),
            seed: seed, chaos: .off)
        simulator.advance(seconds: 20)
        let perInstance = Dictionary(grouping: simulator.activeTasks(), by: { $0.containerInstanceID! })
        let busiest = perInstance.max { ($0.value.count, $0.key) < ($1.value.count, $1.key) }!.key
        return (simulator, busiest)
    }

    private func drain(_ simulator: Simulator, _ instance: String) throws {
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance], status: .draining))
    }

    private func onInstance(_ simulator: Simulator, _ instance: String) -> [Task] {
        simulator.activeTasks().filter { $0.containerInstanceID == instance }
    }

    @Test func atMaximum200ReplacementsStartFirst() throws {
        let (simulator, instance) = steady(DeploymentConfiguration(minimumHealthyPercent: 100, maximumPercent: 200))
        let old = onInstance(simulator, instance)
        #expect(old.count == 2)
        try drain(simulator, instance)
        #expect(simulator.instance(instance).status == .draining)
        // New tasks elsewhere, old ones still meant to run.
        #expect(simulator.activeTasks().count == 6)
        #expect(old.allSatisfy { simulator.task($0.id)?.desiredStatus == .running })
        #expect(simulator.activeTasks().filter { $0.lastStatus < .running }.allSatisfy { $0.containerInstanceID != instance })
        // Once the new ones run, the old ones stop.
        simulator.advance(seconds: 15)
        #expect(old.allSatisfy { simulator.task($0.id)?.desiredStatus == .stopped })
        #expect(old.allSatisfy { simulator.task($0.id)?.stopCode == .serviceSchedulerInitiated })
        #expect(simulator.service().service.runningCount >= 4)
        simulator.advance(seconds: 60)
        #expect(onInstance(simulator, instance).isEmpty)
        #expect(simulator.service().service.runningCount == 4)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func atMaximum100OldTasksStopFirst() throws {
        let (simulator, instance) = steady(DeploymentConfiguration(minimumHealthyPercent: 50, maximumPercent: 100))
        let old = onInstance(simulator, instance)
        try drain(simulator, instance)
        #expect(old.allSatisfy { simulator.task($0.id)?.desiredStatus == .stopped })
        #expect(simulator.activeTasks().count == 4, "never more than 100 %")
        #expect(simulator.activeTasks().allSatisfy { $0.containerInstanceID != instance })
        let messages = simulator.service().messages
        #expect(messages[0].hasPrefix("(service svc) has started 2 tasks: "))
        #expect(messages[1] == "(service svc) has stopped 2 running tasks: \(old.map { "(task \($0.id))" }.joined(separator: " ")).")
        simulator.advance(seconds: 60)
        #expect(simulator.service().service.runningCount == 4)
    }

    @Test func minimum100Maximum100CannotProgress() throws {
        let (simulator, instance) = steady(DeploymentConfiguration(minimumHealthyPercent: 100, maximumPercent: 100))
        let old = onInstance(simulator, instance)
        try drain(simulator, instance)
        simulator.advance(seconds: 120)
        #expect(old.allSatisfy { simulator.task($0.id)?.desiredStatus == .running })
        let blocked = "(service svc) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."
        #expect(simulator.service().messages.first == blocked)
        #expect(simulator.service().messages.filter { $0 == blocked }.count == 1)
    }

    @Test func pendingTasksOnADrainingInstanceStopAtOnce() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 3, desired: 3), seed: 4, chaos: .off)
        let pending = simulator.activeTasks()[0]
        #expect(pending.lastStatus < .running)
        try drain(simulator, pending.containerInstanceID!)
        #expect(simulator.task(pending.id)?.desiredStatus == .stopped)
        #expect(simulator.activeTasks().count == 3)
    }

    @Test func standaloneTasksAreLeftAloneAndReactivationAllowsPlacementAgain() throws {
        let (simulator, _) = steady(DeploymentConfiguration(), desired: 2, standalone: 1)
        let job = simulator.cluster().standaloneTasks[0]
        let instance = job.containerInstanceID!
        try drain(simulator, instance)
        simulator.advance(seconds: 120)
        #expect(simulator.task(job.id)?.lastStatus == .running)
        #expect(onInstance(simulator, instance).isEmpty)
        #expect(simulator.instance(instance).status == .draining, "stays DRAINING until set ACTIVE")

        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance], status: .active))
        #expect(simulator.instance(instance).status == .active)
        #expect(onInstance(simulator, instance).isEmpty, "no rebalancing")
        // The instance with no service tasks is the first choice for new ones.
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 3))
        #expect(onInstance(simulator, instance).count == 1)
    }

    @Test func onlyActiveAndDrainingCanBeSet() throws {
        let (simulator, instance) = steady(DeploymentConfiguration())
        #expect(throws: ECSError.self) {
            try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance], status: .inactive))
        }
        #expect(throws: ECSError.invalidParameter("The referenced container instance nope was not found.")) {
            try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance, "nope"], status: .draining))
        }
        #expect(simulator.instance(instance).status == .active, "nothing half-applied")
        // By ARN and by EC2 id.
        let ec2 = simulator.instance(instance).ec2InstanceID
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [ec2], status: .draining))
        #expect(simulator.instance(instance).status == .draining)
        let arn = simulator.instance(instance).arn
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [arn], status: .active))
        #expect(simulator.instance(instance).status == .active)
    }
}
