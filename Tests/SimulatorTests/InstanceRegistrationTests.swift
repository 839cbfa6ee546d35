import Foundation
import Testing
import Simulator

@Suite struct InstanceRegistrationTests {
    static let ec2InstanceID = "i-0abc0000000000001"

    /// Cluster `c` with one m5.large and a service of 4 tasks of 1 vCPU: two run, two wait for capacity.
    private func crampedCluster(seed: UInt64 = 5) -> Simulator {
        let simulator = Simulator(scenario: Harness.scenario(instances: 1, desired: 4, cpu: 1024, memory: 1024), seed: seed, chaos: .off)
        simulator.advance(seconds: 60)
        return simulator
    }

    private func registration(_ ec2InstanceID: String = ec2InstanceID, type: String? = "m5.large") -> ControlPlaneCommand {
        .registerContainerInstance(ContainerInstanceRegistration(
            cluster: "c", ec2InstanceID: ec2InstanceID, instanceType: type, availabilityZone: "us-east-1b",
            attributes: ["stack": "blue"]))
    }

    @Test func aRegisteredInstanceIsActiveWithItsTypesResourcesAndTakesTheWaitingTasks() throws {
        let simulator = crampedCluster()
        #expect(simulator.service().service.runningCount == 2)

        try simulator.execute(registration())
        let instance = try #require(simulator.instance(ec2: Self.ec2InstanceID))
        #expect(instance.status == .active)
        #expect(instance.agentConnected)
        #expect(instance.instanceType == "m5.large")
        #expect(instance.availabilityZone == "us-east-1b")
        #expect(instance.registeredResources == Resources(cpu: 2048, memory: 7680))
        #expect(instance.usedPorts.isSuperset(of: ContainerInstance.agentReservedPorts))
        #expect(instance.attributes["stack"] == "blue")
        #expect(instance.attributes["ecs.instance-type"] == "m5.large")
        #expect(instance.attributes["ecs.availability-zone"] == "us-east-1b")
        #expect(instance.arn == "arn:aws:ecs:us-east-1:123456789012:container-instance/c/\(instance.id)")
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 2)

        simulator.advance(seconds: 60)
        #expect(simulator.service().service.runningCount == 4)
        #expect(simulator.activeTasks().count { $0.containerInstanceID == instance.id } == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func registeringTheSameEC2InstanceAgainAnswersWithTheInstanceItHas() throws {
        let simulator = crampedCluster()
        try simulator.execute(registration())
        let first = try #require(simulator.instance(ec2: Self.ec2InstanceID))
        try simulator.execute(registration())
        #expect(simulator.cluster().instances.count == 2)
        #expect(simulator.instance(ec2: Self.ec2InstanceID)?.id == first.id)
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func registrationErrorsLeaveTheClusterAsItWas() throws {
        let simulator = crampedCluster()
        let before = simulator.cluster().instances
        #expect(throws: ECSError.clusterNotFound()) {
            try simulator.execute(.registerContainerInstance(ContainerInstanceRegistration(cluster: "ghost", instanceType: "m5.large")))
        }
        #expect(throws: ECSError.invalidParameter("Unknown instance type z9.huge: give its CPU and MEMORY in totalResources.")) {
            try simulator.execute(registration(type: "z9.huge"))
        }
        #expect(throws: ECSError.invalidParameter(
            "Give an instance identity document with instanceType, or totalResources with CPU and MEMORY.")) {
            try simulator.execute(registration(type: nil))
        }
        #expect(simulator.cluster().instances == before)

        // An unknown type registers with the resources its agent reports.
        try simulator.execute(.registerContainerInstance(ContainerInstanceRegistration(
            cluster: "c", ec2InstanceID: Self.ec2InstanceID, instanceType: "z9.huge", totalResources: Resources(cpu: 16384, memory: 65000))))
        let instance = try #require(simulator.instance(ec2: Self.ec2InstanceID))
        #expect(instance.registeredResources == Resources(cpu: 16384, memory: 65000))
        #expect(Harness.zones.contains(instance.availabilityZone), "no zone given: the cluster's first")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func deregisteringIsRefusedWhileTasksRunThereUnlessForcedThenTheyAreReplacedElsewhere() throws {
        let simulator = crampedCluster()
        try simulator.execute(registration(type: "m5.xlarge"))  // room for 4 tasks: 2 now, 2 replacements
        simulator.advance(seconds: 60)
        let original = try #require(simulator.cluster().instances.first { $0.ec2InstanceID != Self.ec2InstanceID })
        let tasks = simulator.activeTasks().filter { $0.containerInstanceID == original.id }
        #expect(tasks.count == 2)

        #expect(throws: ECSError.invalidParameter("Found running tasks on the instance.")) {
            try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: original.arn, force: false))
        }
        try simulator.execute(.tagResource(resourceARN: original.arn, tags: [ResourceTag(key: "rack", value: "7")]))
        #expect(simulator.instance(original.id).status == .active)

        try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: original.arn, force: true))
        #expect(simulator.instance(original.id).status == .inactive)
        #expect(simulator.instance(original.id).agentConnected == false)
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 1)
        for task in tasks {
            let stopped = try #require(simulator.task(task.id))
            #expect(stopped.desiredStatus == .stopped)
            #expect(stopped.stoppedReason == "Container instance \(original.id) was deregistered.")
        }
        #expect(simulator.invariantViolations() == [])

        // The service starts replacements on what is left.
        simulator.advance(seconds: 120)
        #expect(simulator.activeTasks().count == 4)
        #expect(simulator.activeTasks().allSatisfy { $0.containerInstanceID != original.id })
        #expect(simulator.service().service.runningCount == 4)
        #expect(simulator.invariantViolations() == [])

        // Once its stopped tasks are gone, the INACTIVE instance leaves the list an hour later.
        simulator.advance(seconds: 2 * 3_700)
        #expect(!simulator.cluster().instances.contains { $0.id == original.id })
        #expect(simulator.snapshot().tags[original.arn] == nil, "its tags leave with it")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func anIdleInstanceDeregistersWithoutForceAndItsEC2InstanceCanRegisterAgain() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 1, desired: 1), seed: 5, chaos: .off)
        try simulator.execute(registration())
        let first = try #require(simulator.instance(ec2: Self.ec2InstanceID))
        #expect(first.runningTasksCount == 0)
        try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: first.id, force: false))
        #expect(simulator.instance(first.id).status == .inactive)
        #expect(throws: ECSError.invalidParameter("The referenced container instance 0123 was not found.")) {
            try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: "0123", force: false))
        }

        // A new container instance for the same EC2 instance; the old record expires on its own.
        try simulator.execute(registration())
        let second = try #require(simulator.cluster().instances.first { $0.ec2InstanceID == Self.ec2InstanceID && $0.status == .active })
        #expect(second.id != first.id)
        simulator.advance(seconds: 3_700)
        #expect(simulator.cluster().instances.filter { $0.ec2InstanceID == Self.ec2InstanceID }.map(\.id) == [second.id])
        try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: second.id, force: true))
        #expect(simulator.instance(second.id).status == .inactive)
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 1)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aGroupsInstanceDeregisteredStaysInItsGroupAndRegistersAgainAsItsOwn() throws {
        let simulator = Simulator(scenario: CapacityHarness.scenario(minSize: 1, groupDesired: 1), seed: 3, chaos: .off)
        simulator.advance(seconds: 120)
        let instance = try #require(simulator.cluster().instances.first)
        #expect(instance.autoScalingGroupName == "asg")
        try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: instance.id, force: false))
        simulator.advance(seconds: 120)
        #expect(simulator.group().instances.map(\.lifecycleState) == [.inService], "the EC2 instance runs on, not replaced")
        #expect(simulator.instance(instance.id).status == .inactive)

        try simulator.execute(.registerContainerInstance(ContainerInstanceRegistration(
            cluster: "c", ec2InstanceID: instance.ec2InstanceID, instanceType: "m5.large", availabilityZone: instance.availabilityZone)))
        let again = try #require(simulator.cluster().instances.first { $0.status == .active })
        #expect(again.id != instance.id)
        #expect(again.autoScalingGroupName == "asg")
        #expect(again.capacityProviderName == "cp")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func sameSeedSameRegistrations() throws {
        func run() throws -> [String] {
            let simulator = crampedCluster(seed: 9)
            try simulator.execute(.registerContainerInstance(ContainerInstanceRegistration(cluster: "c", instanceType: "m5.xlarge")))
            simulator.advance(seconds: 60)
            let added = try #require(simulator.cluster().instances.last)
            try simulator.execute(.deregisterContainerInstance(cluster: "c", containerInstance: added.id, force: true))
            simulator.advance(seconds: 60)
            return simulator.cluster().instances.map { "\($0.id) \($0.ec2InstanceID) \($0.status)" }
                + simulator.cluster().allTasks.map { "\($0.id) \($0.containerInstanceID ?? "-") \($0.lastStatus)" }
        }
        #expect(try run() == run())
    }
}
