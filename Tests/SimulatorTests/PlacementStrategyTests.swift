import Testing
@testable import Simulator

/// Strategies (binpack, spread on any attribute, random and combinations), constraints (distinctInstance,
/// memberOf) and the reasons ECS gives when nothing fits.
@Suite struct PlacementStrategyTests {
    /// Six m5.large over three zones; instances 0–2 are tagged `stack=blue`, 3–5 `stack=green`.
    private func scenario(
        desired: Int, strategies: [PlacementStrategy] = [], constraints: [PlacementConstraint] = [],
        cpu: Int = 256, memory: Int = 512, instances: Int = 6
    ) -> Scenario {
        Scenario(
            taskDefinitions: [.init(family: "app", containerDefinitions: [
                ContainerDefinition(name: "app", image: "nginx", cpu: cpu, memory: memory)
            ])],
            clusters: [.init(
                name: "c",
                instances: (0..<instances).map {
                    .init(instanceType: "m5.large", availabilityZone: Harness.zones[$0 % 3], attributes: ["stack": $0 < 3 ? "blue" : "green"])
                },
                services: [.init(
                    name: "svc", taskDefinition: "app", desiredCount: desired,
                    placement: .init(placementStrategy: strategies, placementConstraints: constraints))])])
    }

    private func perInstance(_ simulator: Simulator) -> [Int] {
        let ids = simulator.cluster().instances.map(\.id)
        let tasks = simulator.activeTasks()
        return ids.map { id in tasks.filter { $0.containerInstanceID == id }.count }
    }

    @Test func instancesCarryTheirAttributes() {
        let simulator = Simulator(scenario: scenario(desired: 0), seed: 1, chaos: .off)
        let first = simulator.cluster().instances[0]
        #expect(first.attributes == [
            "ecs.instance-type": "m5.large", "ecs.availability-zone": "us-east-1a", "ecs.os-type": "linux",
            "ecs.ami-id": "ami-0ecs0optimized0001", "ecs.cpu-architecture": "x86_64", "stack": "blue",
        ])
    }

    @Test func binpackOnMemoryFillsOneInstanceFirst() {
        // 7680 MiB per instance, 2000 MiB per task: three fit on one instance.
        let simulator = Simulator(
            scenario: scenario(desired: 5, strategies: [PlacementStrategy(type: .binpack, field: "memory")], memory: 2000), seed: 2, chaos: .off)
        #expect(perInstance(simulator).sorted(by: >) == [3, 2, 0, 0, 0, 0])
    }

    @Test func binpackOnCPUPrefersTheFullestInstance() throws {
        let simulator = Simulator(
            scenario: scenario(desired: 1, strategies: [PlacementStrategy(type: .binpack, field: "cpu")], cpu: 512), seed: 3, chaos: .off)
        let first = simulator.activeTasks()[0].containerInstanceID
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 4))
        #expect(simulator.activeTasks().allSatisfy { $0.containerInstanceID == first }, "2048 units: four 512s")
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 5))
        #expect(perInstance(simulator).sorted(by: >) == [4, 1, 0, 0, 0, 0])
    }

    @Test func spreadOnACustomAttribute() {
        let simulator = Simulator(
            scenario: scenario(desired: 4, strategies: [PlacementStrategy(type: .spread, field: "attribute:stack")]), seed: 4, chaos: .off)
        let counts = perInstance(simulator)
        #expect(counts[0..<3].reduce(0, +) == 2 && counts[3..<6].reduce(0, +) == 2)
    }

    @Test func spreadOnInstanceIdAlone() {
        let simulator = Simulator(
            scenario: scenario(desired: 12, strategies: [PlacementStrategy(type: .spread, field: "instanceId")]), seed: 5, chaos: .off)
        #expect(perInstance(simulator) == [2, 2, 2, 2, 2, 2])
    }

    @Test func spreadThenBinpackCombines() {
        // Spread over stacks first, then pack within each stack: two instances used.
        let strategies = [PlacementStrategy(type: .spread, field: "attribute:stack"), PlacementStrategy(type: .binpack, field: "memory")]
        let simulator = Simulator(scenario: scenario(desired: 6, strategies: strategies), seed: 6, chaos: .off)
        let counts = perInstance(simulator)
        #expect(counts[0..<3].sorted() == [0, 0, 3] && counts[3..<6].sorted() == [0, 0, 3])
    }

    @Test func randomDependsOnTheSeedOnly() {
        let random = [PlacementStrategy(type: .random)]
        func run(_ seed: UInt64) -> [Int] { perInstance(Simulator(scenario: scenario(desired: 12, strategies: random), seed: seed, chaos: .off)) }
        #expect(run(7) == run(7))
        #expect(run(7) != run(8) || run(7) != run(9))
        // Random ignores the strategies after it and does not spread evenly.
        let spreadRuns = (1...5 as ClosedRange<UInt64>).map(run).filter { $0 != [2, 2, 2, 2, 2, 2] }
        #expect(!spreadRuns.isEmpty)
    }

    @Test func distinctInstanceAllowsOneTaskPerInstance() {
        let simulator = Simulator(
            scenario: scenario(desired: 7, constraints: [PlacementConstraint(type: .distinctInstance)]), seed: 8, chaos: .off)
        #expect(perInstance(simulator) == [1, 1, 1, 1, 1, 1])
        let ids = simulator.cluster().instances.map(\.id)
        let message = simulator.service().messages.first!
        #expect(ids.contains { message == "(service svc) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \($0)) encountered error \"DistinctInstance placement constraint unsatisfied.\"." })
    }

    @Test func memberOfRestrictsToMatchingInstances() {
        let constraint = PlacementConstraint(type: .memberOf, expression: "attribute:stack == green and attribute:ecs.availability-zone != us-east-1c")
        let simulator = Simulator(scenario: scenario(desired: 4, constraints: [constraint]), seed: 9, chaos: .off)
        // Green is instances 3–5; instance 5 is in us-east-1c.
        #expect(perInstance(simulator) == [0, 0, 0, 2, 2, 0])
        #expect(simulator.service().service.placementConstraints == [constraint])
    }

    @Test func memberOfThatNothingSatisfiesSaysSo() {
        let constraint = PlacementConstraint(type: .memberOf, expression: "attribute:ecs.instance-type =~ g5.*")
        let simulator = Simulator(scenario: scenario(desired: 1, constraints: [constraint]), seed: 10, chaos: .off)
        #expect(simulator.activeTasks().isEmpty)
        #expect(simulator.service().messages.first?.hasSuffix(
            "encountered error \"MemberOf placement constraint unsatisfied.\".") == true)
    }

    @Test func resourceShortfallsWinOverConstraintsOnlyWhenCloser() {
        // Every instance passes memberOf but none has the memory: the closest fails on memory.
        let simulator = Simulator(
            scenario: scenario(desired: 1, constraints: [PlacementConstraint(type: .memberOf, expression: "attribute:stack exists")], memory: 9000),
            seed: 11, chaos: .off)
        #expect(simulator.service().messages.first?.hasSuffix("has insufficient memory available.") == true)
    }

    @Test func theDefaultServiceStrategyIsStillZonesThenInstances() {
        let simulator = Simulator(scenario: scenario(desired: 6), seed: 12, chaos: .off)
        #expect(perInstance(simulator) == [1, 1, 1, 1, 1, 1])
        #expect(simulator.service().service.placementStrategy.isEmpty, "stored as given")
    }
}
