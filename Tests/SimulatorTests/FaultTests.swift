import Foundation
import Testing
import Simulator

@Suite struct FaultTests {
    private func steady(_ scenario: Scenario = Harness.scenario(desired: 6), seconds: Double = 30) -> Simulator {
        let simulator = Simulator(scenario: scenario, seed: 9, chaos: .off)
        simulator.advance(seconds: seconds)
        return simulator
    }

    @Test func crashAndOutOfMemoryStopTheTaskAsTheirContainerExits() throws {
        let simulator = steady()
        let (crashed, killed) = (simulator.activeTasks()[0].id, simulator.activeTasks()[1].id)
        try simulator.execute(.injectFault(.crashTask(cluster: "c", task: crashed)))
        try simulator.execute(.injectFault(.outOfMemory(cluster: "c", task: killed)))
        for (id, exitCode, reason) in [(crashed, 1, nil), (killed, 137, "OutOfMemoryError: Container killed due to memory usage")] {
            let task = try #require(simulator.task(id))
            #expect(task.desiredStatus == .stopped)
            #expect(task.stopCode == .essentialContainerExited)
            #expect(task.stoppedReason == "Essential container in task exited")
            #expect(task.containers[0].exitCode == exitCode)
            #expect(task.containers[0].reason == reason)
        }
        #expect(simulator.activeTasks().count == 6, "replaced at once")
        simulator.advance(seconds: 30)
        #expect(simulator.task(crashed)?.containers[0].exitCode == 1, "the exit code survives the stop")
        #expect(simulator.service().service.runningCount == 6)
    }

    @Test func faultsAskForWhatExistsWithECSErrors() throws {
        let simulator = steady()
        #expect(throws: ECSError("ClusterNotFoundException", "Cluster not found.")) {
            try simulator.execute(.injectFault(.crashTask(cluster: "nope", task: "x")))
        }
        #expect(throws: ECSError("InvalidParameterException", "The referenced task was not found.")) {
            try simulator.execute(.injectFault(.outOfMemory(cluster: "c", task: "ffffffffffffffffffffffffffffffff")))
        }
        #expect(throws: ECSError("InvalidParameterException", "The referenced container instance i-0nope was not found.")) {
            try simulator.execute(.injectFault(.terminateInstance(cluster: "c", instance: "i-0nope")))
        }
        #expect(throws: ECSError("InvalidParameterException", "The availability zone mars-1a is not used by cluster c.")) {
            try simulator.execute(.injectFault(.loseAvailabilityZone(cluster: "c", zone: "mars-1a")))
        }
        #expect(throws: ECSError("ServiceNotFoundException", "Service not found.")) {
            try simulator.execute(.injectFault(.failHealthChecks(cluster: "c", service: "nope", duration: nil)))
        }
        #expect(simulator.activeTasks().count == 6)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func terminatingAPlainInstanceStopsItsTasksAndTheServiceMovesThem() throws {
        let simulator = steady()
        let victim = try #require(simulator.cluster().instances.first { $0.runningTasksCount > 0 })
        let tasks = simulator.activeTasks().filter { $0.containerInstanceID == victim.id }.map(\.id)
        try simulator.execute(.injectFault(.terminateInstance(cluster: "c", instance: victim.arn)))
        for id in tasks {
            #expect(simulator.task(id)?.stopCode == .terminationNotice)
            #expect(simulator.task(id)?.stoppedReason == "Host EC2 (instance \(victim.ec2InstanceID)) terminated.")
        }
        #expect(simulator.activeTasks().count == 6)
        #expect(simulator.activeTasks().allSatisfy { $0.containerInstanceID != victim.id })
        simulator.advance(seconds: 40)
        #expect(simulator.instance(victim.id).status == .inactive)
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 5)
        #expect(simulator.service().service.runningCount == 6)
        #expect(throws: ECSError("InvalidParameterException", "The referenced container instance \(victim.id) is INACTIVE.")) {
            try simulator.execute(.injectFault(.terminateInstance(cluster: "c", instance: victim.id)))
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aDisconnectedAgentTakesNoNewTasksButKeepsItsOwn() throws {
        let simulator = steady()
        let instance = try #require(simulator.cluster().instances.first { $0.runningTasksCount > 0 })
        let tasks = simulator.activeTasks().filter { $0.containerInstanceID == instance.id }.map(\.id)
        try simulator.execute(.injectFault(.disconnectAgent(cluster: "c", instance: instance.id)))
        #expect(simulator.instance(instance.id).agentConnected == false)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 30))
        simulator.advance(seconds: 120)
        #expect(tasks.allSatisfy { simulator.task($0)?.lastStatus == .running }, "ECS does not replace them")
        #expect(simulator.activeTasks().count { $0.containerInstanceID == instance.id } == tasks.count, "nothing new there")
        #expect(simulator.service().service.runningCount == 30)

        try simulator.execute(.injectFault(.reconnectAgent(cluster: "c", instance: instance.id)))
        #expect(simulator.instance(instance.id).agentConnected)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 36))
        #expect(simulator.activeTasks().count { $0.containerInstanceID == instance.id } > tasks.count, "placeable again")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aLostZoneIsReplacedInTheOthersAndComesBackWhenRestored() throws {
        var scenario = CapacityHarness.scenario(plain: 6, desired: 6, cpu: 256, memory: 512, groupDesired: 3, groupZones: Harness.zones, provider: nil)
        scenario.clusters[0].services[0].placement.capacityProviderStrategy = []
        let simulator = steady(scenario, seconds: 120)
        let zone = "us-east-1a"
        let inZone = simulator.activeTasks().filter { $0.availabilityZone == zone }
        #expect(!inZone.isEmpty)
        try simulator.execute(.injectFault(.loseAvailabilityZone(cluster: "c", zone: zone)))
        // At once: the zone's agents are unreachable, its tasks still listed as running.
        #expect(simulator.cluster().instances.filter { $0.availabilityZone == zone }.allSatisfy { !$0.agentConnected })
        #expect(inZone.allSatisfy { simulator.task($0.id)?.desiredStatus == .running })

        // Once status checks fail: the hosts count as lost, the service re-places in the other zones.
        simulator.advance(seconds: 121)
        for task in inZone {
            #expect(simulator.task(task.id)?.stopCode == .terminationNotice)
            #expect(simulator.task(task.id)?.stoppedReason == "Host EC2 (instance \(task.ec2InstanceID!)) terminated.")
        }
        #expect(simulator.activeTasks().count == 6)
        #expect(simulator.activeTasks().allSatisfy { $0.availabilityZone != zone })
        // The group's instance there is terminated and replaced in a healthy zone.
        let group = simulator.group()
        #expect(group.instances.contains { $0.availabilityZone == zone && $0.lifecycleState == .terminating })
        let replacement = try #require(group.instances.first { $0.lifecycleState == .pending })
        #expect(replacement.availabilityZone != zone)
        simulator.advance(seconds: 120)
        #expect(simulator.service().service.runningCount == 6)
        #expect(throws: ECSError.self) {
            try simulator.execute(.injectFault(.reconnectAgent(cluster: "c", instance: simulator.cluster().instances.first { $0.availabilityZone == zone }!.id)))
        }

        try simulator.execute(.injectFault(.restoreAvailabilityZone(cluster: "c", zone: zone)))
        let plain = simulator.cluster().instances.filter { $0.availabilityZone == zone && $0.autoScalingGroupName == nil }
        #expect(plain.count == 2 && plain.allSatisfy { $0.agentConnected && $0.status == .active })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func theScenarioScheduleFiresFaultsOnTheClock() throws {
        var scenario = Harness.scenario(desired: 4)
        scenario.faultSchedule = [
            .init(at: 30, every: 60, fault: .crashTask(cluster: "c", service: "svc")),
            .init(at: 100, fault: .loseAvailabilityZone(cluster: "c", zone: "us-east-1b", duration: 200)),
        ]
        let simulator = Simulator(scenario: scenario, seed: 10, chaos: .off)
        simulator.advance(seconds: 29)
        #expect(simulator.service().tasks.allSatisfy { $0.desiredStatus == .running })
        simulator.advance(seconds: 1)
        #expect(simulator.service().tasks.count { $0.containers[0].exitCode == 1 } == 1)
        simulator.advance(seconds: 60)
        #expect(simulator.service().tasks.count { $0.containers[0].exitCode == 1 } == 2)
        simulator.advance(seconds: 10)
        #expect(simulator.cluster().instances.filter { $0.availabilityZone == "us-east-1b" }.allSatisfy { !$0.agentConnected })
        simulator.advance(seconds: 200)
        #expect(simulator.cluster().instances.allSatisfy { $0.agentConnected }, "restored after 200 s")
        #expect(simulator.service().tasks.count { $0.containers[0].exitCode == 1 } == 5, "at 30, 90, 150, 210 and 270 s")
        #expect(simulator.invariantViolations() == [])
    }
}
