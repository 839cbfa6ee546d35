import Testing
@testable import Simulator

/// host and awsvpc networking on EC2: host ports as static ports, one ENI and private IP per awsvpc task
/// within the instance type's ENI limit.
@Suite struct NetworkModeTests {
    private func scenario(mode: NetworkMode, instances: Int = 2, type: String = "m5.large", desired: Int) -> Scenario {
        Scenario(
            taskDefinitions: [
                .init(family: "app", networkMode: mode, containerDefinitions: [
                    ContainerDefinition(name: "app", image: "nginx", cpu: 128, memory: 128, portMappings: [PortMapping(containerPort: 8080)])
                ])
            ],
            clusters: [.init(
                name: "c",
                instances: (0..<instances).map { .init(instanceType: type, availabilityZone: Harness.zones[$0 % 3]) },
                services: [.init(name: "svc", taskDefinition: "app", desiredCount: desired)])])
    }

    @Test func hostModeBindsTheContainerPortOncePerInstance() {
        let simulator = Simulator(scenario: scenario(mode: .host, desired: 3), seed: 2, chaos: .off)
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 2)
        #expect(Set(tasks.map(\.containerInstanceID)).count == 2)
        #expect(tasks.allSatisfy { $0.containers[0].networkBindings == [NetworkBinding(containerPort: 8080, hostPort: 8080)] })
        #expect(simulator.cluster().instances.allSatisfy { $0.usedPorts.contains(8080) })
        #expect(simulator.service().messages.first?.hasSuffix(") is already using a port required by your task.") == true)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func awsvpcTasksGetAnENIAndAnAddressWithinTheLimit() {
        // m5.large: 3 ENIs, one of them the instance's own: two awsvpc tasks per instance.
        let simulator = Simulator(scenario: scenario(mode: .awsvpc, desired: 5), seed: 3, chaos: .off)
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 4)
        for instance in simulator.cluster().instances {
            #expect(instance.eniLimit == 3)
            #expect(instance.enisInUse == 3)
        }
        #expect(tasks.allSatisfy { $0.containers[0].networkBindings.isEmpty }, "no host ports in awsvpc")
        let addresses = tasks.compactMap(\.privateIPv4Address)
        #expect(addresses.count == 4 && Set(addresses).count == 4)
        #expect(addresses.allSatisfy { $0.hasPrefix("10.0.") })
        let ids = simulator.cluster().instances.map(\.id)
        #expect(ids.contains { simulator.service().messages.first == "(service svc) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \($0)) encountered error \"RESOURCE:ENI\"." })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func addressesComeFromTheZonesSubnetInOrder() {
        let simulator = Simulator(scenario: scenario(mode: .awsvpc, instances: 1, type: "m5.xlarge", desired: 3), seed: 1, chaos: .off)
        #expect(simulator.activeTasks().map(\.privateIPv4Address) == ["10.0.0.1", "10.0.0.2", "10.0.0.3"])
        #expect(simulator.cluster().instances[0].eniLimit == 4)
    }

    @Test func enisAreDetachedWhenTheTaskStops() throws {
        let simulator = Simulator(scenario: scenario(mode: .awsvpc, instances: 1, desired: 2), seed: 4, chaos: .off)
        simulator.advance(seconds: 20)
        #expect(simulator.cluster().instances[0].enisInUse == 3)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 0))
        #expect(simulator.cluster().instances[0].enisInUse == 3, "held until DEPROVISIONING ends")
        simulator.advance(seconds: 45)
        #expect(simulator.cluster().instances[0].enisInUse == 1)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 2))
        #expect(simulator.activeTasks().count == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func awsvpcProvisioningTakesSecondsBridgeAlmostNothing() {
        func provisioning(_ mode: NetworkMode) -> Double {
            let simulator = Simulator(scenario: scenario(mode: mode, instances: 1, desired: 1), seed: 6, chaos: .off)
            let id = simulator.activeTasks()[0].id
            return simulator.advance(until: { simulator.task(id)!.lastStatus != .provisioning }, within: 20, step: 0.05) ?? 99
        }
        #expect(provisioning(.bridge) <= 1.05)
        #expect((2...6.1).contains(provisioning(.awsvpc)))
    }
}
