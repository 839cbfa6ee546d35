import Foundation
import Testing
import Simulator

@Suite struct AutoScalingGroupTests {
    @Test func instancesLaunchBootAndRegisterThroughTheirAgent() throws {
        let simulator = Simulator(scenario: CapacityHarness.scenario(groupDesired: 2, provider: .init()), seed: 3, chaos: .off)
        let group = simulator.group()
        #expect(group.instances.map(\.lifecycleState) == [.pending, .pending])
        #expect(group.instances.map(\.availabilityZone) == ["us-east-1a", "us-east-1b"], "spread over the group's zones")
        #expect(group.launchTemplate.userData.contains("ECS_CLUSTER=c"))
        #expect(simulator.cluster().instances.isEmpty)

        // Booting takes a minute at least: nothing registered yet.
        simulator.advance(seconds: 59)
        #expect(simulator.cluster().instances.isEmpty)
        #expect(simulator.group().instances.allSatisfy { $0.lifecycleState == .pending })

        // The agent registers within 90 s (REGISTERING), then the instance is ACTIVE a few seconds later.
        let waited = simulator.advance(until: { simulator.cluster().instances.count == 2 }, within: 31, step: 0.5)
        #expect(waited != nil)
        #expect(simulator.cluster().instances.contains { $0.status == .registering })
        #expect(simulator.group().instances.contains { $0.lifecycleState == .inService })
        simulator.advance(seconds: 5)
        let instances = simulator.cluster().instances
        #expect(instances.allSatisfy { $0.status == .active })
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 2)
        #expect(simulator.group().instances.allSatisfy { $0.lifecycleState == .inService })
        for instance in instances {
            #expect(instance.autoScalingGroupName == "asg")
            #expect(instance.capacityProviderName == "cp")
            #expect(instance.instanceType == "m5.large")
            #expect(instance.attributes["ecs.instance-type"] == "m5.large")
            #expect(instance.attributes["ecs.availability-zone"] == instance.availabilityZone)
            #expect(instance.attributes["ecs.ami-id"] == "ami-0ecs0optimized0001")
            #expect(simulator.group().instances.contains { $0.ec2InstanceID == instance.ec2InstanceID })
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func userDataForAnUnknownClusterNeverRegisters() {
        let scenario = CapacityHarness.scenario(groupDesired: 1, provider: nil, userData: "#!/bin/bash\necho ECS_CLUSTER=elsewhere >> /etc/ecs/ecs.config")
        let simulator = Simulator(scenario: scenario, seed: 3, chaos: .off)
        simulator.advance(seconds: 200)
        #expect(simulator.group().instances.map(\.lifecycleState) == [.inService])
        #expect(simulator.cluster().instances.isEmpty)
    }

    @Test func aTerminatedInstanceIsReplacedAndItsContainerInstanceGoesInactiveThenAway() throws {
        var scenario = CapacityHarness.scenario(desired: 2, cpu: 256, memory: 256, groupDesired: 2)
        scenario.clusters[0].services[0].placement.capacityProviderStrategy = [.init(capacityProvider: "cp")]
        let simulator = Simulator(scenario: scenario, seed: 4, chaos: .off)
        simulator.advance(seconds: 120)
        #expect(simulator.service().service.runningCount == 2)
        let victim = try #require(simulator.cluster().instances.first { $0.runningTasksCount > 0 })
        let tasks = simulator.activeTasks().filter { $0.containerInstanceID == victim.id }

        try simulator.execute(.injectFault(.terminateInstance(cluster: "c", instance: victim.ec2InstanceID)))
        #expect(simulator.group().instances.first { $0.ec2InstanceID == victim.ec2InstanceID }?.lifecycleState == .terminating)
        for task in tasks {
            let stopped = try #require(simulator.task(task.id))
            #expect(stopped.desiredStatus == .stopped)
            #expect(stopped.stopCode == .terminationNotice)
            #expect(stopped.stoppedReason == "Host EC2 (instance \(victim.ec2InstanceID)) terminated.")
        }
        #expect(simulator.instance(victim.id).agentConnected == false)

        simulator.advance(seconds: 41)
        #expect(simulator.group().instances.first { $0.ec2InstanceID == victim.ec2InstanceID }?.lifecycleState == .terminated)
        #expect(simulator.instance(victim.id).status == .inactive)
        #expect(simulator.cluster().cluster.registeredContainerInstancesCount == 1)
        // The group is short of its desired 2: a replacement is on its way, in the zone that lost one.
        let replacement = try #require(simulator.group().instances.first { $0.lifecycleState == .pending })
        #expect(replacement.availabilityZone == victim.availabilityZone)
        simulator.advance(seconds: 100)
        #expect(simulator.service().service.runningCount == 2)
        #expect(simulator.cluster().instances.count { $0.status == .active } == 2)
        #expect(!simulator.group().instances.contains { $0.ec2InstanceID == victim.ec2InstanceID }, "Terminated instances leave the group")

        // An hour later, once its stopped tasks are gone too, the INACTIVE instance leaves the list.
        simulator.advance(seconds: 3_700)
        #expect(simulator.instance(ec2: victim.ec2InstanceID) == nil)
        #expect(simulator.invariantViolations() == [])
        #expect(simulator.service().service.runningCount == 2)
    }
}
