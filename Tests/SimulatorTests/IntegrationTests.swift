import Simulator
import Testing

/// Where the parts of the control plane meet: deployments of DAEMON and capacity-provider services,
/// revisions that don't fit the service's launch type, daemons on Auto Scaling instances.
@Suite struct IntegrationTests {
    @Test func aDaemonServiceRollsOutANewDeploymentOnEveryInstance() throws {
        let simulator = Simulator(scenario: .default, seed: 5, chaos: .off)
        simulator.advance(seconds: 120)
        let before = simulator.service("log-router", in: "prod").service
        try simulator.execute(.updateService(ServiceUpdate(cluster: "prod", service: "log-router", forceNewDeployment: true)))
        let primary = try #require(simulator.service("log-router", in: "prod").service.primaryDeployment?.id)
        #expect(primary != before.primaryDeployment?.id)
        simulator.advance(seconds: 300)
        let after = simulator.service("log-router", in: "prod")
        #expect(after.service.deployments.count == 1)
        #expect(after.service.primaryDeployment?.rolloutState == .completed)
        #expect(after.service.runningCount == before.desiredCount)
        let running = after.tasks.filter { $0.desiredStatus == .running }
        #expect(running.count == before.desiredCount && running.allSatisfy { $0.startedBy == primary })
        #expect(Set(running.compactMap(\.containerInstanceID)).count == running.count, "one per instance")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aNewRevisionMustRunTheWayTheServiceDoes() throws {
        let simulator = Simulator(scenario: .default, seed: 5, chaos: .off)
        // frontend runs on Fargate; worker:3 is a bridge-mode EC2 definition.
        #expect(throws: ECSError("InvalidParameterException", "Task definition does not support launch_type FARGATE.")) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "prod", service: "frontend", taskDefinition: "worker:3")))
        }
        // worker runs on EC2; frontend:2 is Fargate-only.
        #expect(throws: ECSError("InvalidParameterException", "Task definition does not support launch_type EC2.")) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "prod", service: "worker", taskDefinition: "frontend:2")))
        }
        #expect(simulator.service("worker", in: "prod").service.deployments.count == 1)
        // RunTask on EC2 with the Fargate-only definition.
        #expect(throws: ECSError("InvalidParameterException", "Task definition does not support launch_type EC2.")) {
            try simulator.execute(.runTask(RunTaskRequest(cluster: "prod", taskDefinition: "frontend:2", launchType: .ec2)))
        }
    }

    @Test func aTaskWaitingForCapacityKeepsItsOwnDefinitionThroughADeployment() throws {
        // app:1 is large, so one task waits in PROVISIONING for the group to grow; meanwhile the
        // service moves to a small app:2. When the waiting task is placed and later stops, the instance
        // must get back exactly what that task reserved.
        var scenario = CapacityHarness.scenario(desired: 2, cpu: 1536, memory: 1024, maxSize: 1, groupDesired: 1)
        scenario.taskDefinitions.append(.init(family: "app", revision: 2, containerDefinitions: [
            ContainerDefinition(name: "app", image: "nginx:1.28", cpu: 256, memory: 256, portMappings: [PortMapping(containerPort: 80, hostPort: 0)])
        ]))
        scenario.clusters[0].services[0].taskDefinition = "app:1"
        let simulator = Simulator(scenario: scenario, seed: 2, chaos: .off)
        simulator.advance(seconds: 200)
        #expect(simulator.service().tasks.contains { $0.lastStatus == .provisioning && $0.containerInstanceID == nil })
        try simulator.execute(.updateService(ServiceUpdate(cluster: "c", service: "svc", taskDefinition: "app:2")))
        for _ in 0..<60 {
            simulator.advance(seconds: 10)
            #expect(simulator.invariantViolations() == [])
        }
        for instance in simulator.cluster().instances {
            #expect(instance.remainingResources.cpu <= instance.registeredResources.cpu)
        }
    }

    @Test func awsvpcTasksOnACapacityProviderGetTheirOwnNetworkInterface() throws {
        var scenario = CapacityHarness.scenario(desired: 4, cpu: 128, memory: 128, maxSize: 4)
        scenario.taskDefinitions[0].networkMode = .awsvpc
        scenario.taskDefinitions[0].containerDefinitions[0].portMappings = [PortMapping(containerPort: 80)]
        let simulator = Simulator(scenario: scenario, seed: 4, chaos: .off)
        simulator.advance(seconds: 600)
        let tasks = simulator.service().tasks.filter { $0.desiredStatus == .running }
        #expect(tasks.count == 4 && tasks.allSatisfy { $0.lastStatus == .running })
        #expect(tasks.allSatisfy { $0.privateIPv4Address != nil }, "every awsvpc task has its own address")
        for instance in simulator.cluster().instances {
            #expect(instance.enisInUse <= instance.eniLimit, "\(instance.ec2InstanceID) \(instance.enisInUse)/\(instance.eniLimit)")
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func runTaskWithAnAutoScalingGroupsProviderUsesOnlyItsInstances() throws {
        let scenario = CapacityHarness.scenario(plain: 3, desired: 0, cpu: 128, memory: 128, groupDesired: 2)
        let simulator = Simulator(scenario: scenario, seed: 6, chaos: .off)
        simulator.advance(seconds: 200)
        let groupInstances = Set(simulator.cluster().instances.filter { $0.autoScalingGroupName == "asg" }.map(\.id))
        #expect(groupInstances.count == 2)
        try simulator.execute(.runTask(RunTaskRequest(
            cluster: "c", taskDefinition: "job", count: 6, capacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "cp")])))
        let started = simulator.cluster().standaloneTasks
        #expect(started.count == 6)
        #expect(started.allSatisfy { $0.containerInstanceID.map(groupInstances.contains) == true && $0.capacityProviderName == "cp" })
        #expect(throws: ECSError.self) {
            try simulator.execute(.runTask(RunTaskRequest(
                cluster: "c", taskDefinition: "job", capacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "nope")])))
        }
    }
}
