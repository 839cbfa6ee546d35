import Testing
@testable import Simulator

/// Fargate: no instances, valid sizes only, awsvpc only, zones spread, tens of seconds to start.
@Suite struct FargateTests {
    private func scenario(desired: Int, instances: Int = 3, providers: [CapacityProviderStrategyItem] = []) -> Scenario {
        Scenario(
            taskDefinitions: [
                .init(family: "web", networkMode: .awsvpc, cpu: 256, memory: 512, containerDefinitions: [
                    ContainerDefinition(name: "web", image: "nginx", portMappings: [PortMapping(containerPort: 80)])
                ], options: .init(requiresCompatibilities: [.fargate])),
                .init(family: "ec2", containerDefinitions: [ContainerDefinition(name: "x", image: "y", memory: 64)]),
            ],
            clusters: [.init(
                name: "c", instances: (0..<instances).map { .init(instanceType: "t3.medium", availabilityZone: Harness.zones[$0 % 3]) },
                services: [.init(
                    name: "svc", taskDefinition: "web", desiredCount: desired,
                    placement: providers.isEmpty ? .init(launchType: .fargate) : .init(capacityProviderStrategy: providers))])])
    }

    @Test func tasksRunOnFargateSpreadOverZones() {
        let simulator = Simulator(scenario: scenario(desired: 6), seed: 1, chaos: .off)
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 6)
        #expect(tasks.allSatisfy { $0.containerInstanceID == nil && $0.ec2InstanceID == nil && $0.launchType == .fargate })
        #expect(tasks.allSatisfy { $0.capacityProviderName == "FARGATE" && $0.privateIPv4Address != nil })
        #expect(Dictionary(grouping: tasks, by: \.availabilityZone).mapValues(\.count)
            == ["us-east-1a": 2, "us-east-1b": 2, "us-east-1c": 2])
        #expect(simulator.service().service.launchType == .fargate)
        // Instances keep all their resources.
        #expect(simulator.cluster().instances.allSatisfy { $0.remainingResources == $0.registeredResources && $0.runningTasksCount == 0 })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func startingTakesTensOfSeconds() {
        let simulator = Simulator(scenario: scenario(desired: 1), seed: 2, chaos: .off)
        let id = simulator.activeTasks()[0].id
        simulator.advance(seconds: 9)
        #expect(simulator.task(id)!.lastStatus == .provisioning)
        let waited = simulator.advance(until: { simulator.task(id)!.lastStatus == .running }, within: 90)
        #expect(waited != nil && waited! >= 16)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
    }

    @Test func worksWithoutAnyInstance() {
        let simulator = Simulator(scenario: scenario(desired: 3, instances: 0), seed: 3, chaos: .off)
        #expect(Set(simulator.activeTasks().map(\.availabilityZone)).count == 3)
        simulator.advance(seconds: 90)
        #expect(simulator.service().service.runningCount == 3)
    }

    @Test func scaleInTakesFromTheFullestZoneAndStopsCleanly() throws {
        let simulator = Simulator(scenario: scenario(desired: 4), seed: 4, chaos: .off)
        simulator.advance(seconds: 90)
        let crowded = Dictionary(grouping: simulator.activeTasks(), by: \.availabilityZone).first { $0.value.count == 2 }!.key
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 3))
        let stopped = simulator.service().tasks.filter { $0.desiredStatus == .stopped }
        #expect(stopped.count == 1 && stopped[0].availabilityZone == crowded)
        simulator.advance(seconds: 60)
        #expect(simulator.task(stopped[0].id)?.lastStatus == .stopped)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func capacityProviderStrategySplitsOverFargateAndSpot() {
        let providers = [
            CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1, base: 2),
            CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 3),
        ]
        let simulator = Simulator(scenario: scenario(desired: 6, providers: providers), seed: 5, chaos: .off)
        let names = simulator.activeTasks().map { $0.capacityProviderName! }
        #expect(names == ["FARGATE", "FARGATE", "FARGATE", "FARGATE_SPOT", "FARGATE_SPOT", "FARGATE_SPOT"])
        #expect(simulator.service().service.capacityProviderStrategy == providers)
    }

    @Test func runTaskOnFargateAndRefusals() throws {
        let simulator = Simulator(scenario: scenario(desired: 0), seed: 6, chaos: .off)
        try simulator.execute(.runTask(RunTaskRequest(cluster: "c", taskDefinition: "web", count: 2, launchType: .fargate)))
        let tasks = simulator.cluster().standaloneTasks
        #expect(tasks.count == 2 && tasks.allSatisfy { $0.launchType == .fargate && $0.group == "family:web" })
        #expect(throws: ECSError.invalidParameter("Task definition does not support launch_type FARGATE.")) {
            try simulator.execute(.runTask(RunTaskRequest(cluster: "c", taskDefinition: "ec2", launchType: .fargate)))
        }
        #expect(throws: ECSError.invalidParameter(
            "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")) {
            try simulator.execute(.runTask(RunTaskRequest(
                cluster: "c", taskDefinition: "web", launchType: .fargate,
                capacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "FARGATE")])))
        }
        #expect(simulator.cluster().standaloneTasks.count == 2)
    }
}
