import Testing
@testable import Simulator

/// RunTask's options and the failures it reports for tasks that fit nowhere.
@Suite struct RunTaskTests {
    private func simulator(instances: Int = 3, seed: UInt64 = 1) -> Simulator {
        var scenario = Harness.scenario(instances: instances, desired: 0)
        scenario.taskDefinitions.append(.init(family: "big", containerDefinitions: [
            ContainerDefinition(name: "big", image: "x", cpu: 1024, memory: 512)
        ]))
        scenario.taskDefinitions.append(.init(family: "vpc", networkMode: .awsvpc, containerDefinitions: [
            ContainerDefinition(name: "vpc", image: "x", cpu: 16, memory: 16)
        ]))
        return Simulator(scenario: scenario, seed: seed, chaos: .off)
    }

    @Test func groupAndStartedByDefaultsAndOverrides() throws {
        let simulator = simulator()
        let (ids, failures) = try simulator.runTasks(RunTaskRequest(cluster: "c", taskDefinition: "job", count: 2))
        #expect(ids.count == 2 && failures.isEmpty)
        #expect(simulator.cluster().standaloneTasks.allSatisfy { $0.group == "family:job" && $0.startedBy == nil })
        try simulator.execute(.runTask(RunTaskRequest(cluster: "c", taskDefinition: "job", group: "nightly", startedBy: "ci/1234")))
        let last = simulator.cluster().standaloneTasks.last!
        #expect(last.group == "nightly" && last.startedBy == "ci/1234")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func countIsOneToTen() {
        let simulator = simulator()
        for count in [0, 11] {
            #expect(throws: ECSError.invalidParameter("count must be between 1 and 10.")) {
                try simulator.execute(.runTask(cluster: "c", taskDefinition: "job", count: count))
            }
        }
    }

    @Test func tasksThatDoNotFitComeBackAsFailures() throws {
        // t3-sized m5.large: 2048 CPU units, two 1024s per instance, three instances: six fit, not ten.
        let simulator = simulator()
        let (ids, failures) = try simulator.runTasks(RunTaskRequest(cluster: "c", taskDefinition: "big", count: 10))
        #expect(ids.count == 6)
        #expect(failures.count == 4)
        let arns = Set(simulator.cluster().instances.map(\.arn))
        #expect(failures.allSatisfy { $0.reason == "RESOURCE:CPU" && arns.contains($0.arn ?? "") })
        // m5.large: two ENIs for tasks per instance.
        let (vpc, vpcFailures) = try self.simulator().runTasks(RunTaskRequest(cluster: "c", taskDefinition: "vpc", count: 8))
        #expect(vpc.count == 6)
        #expect(vpcFailures.map(\.reason) == ["RESOURCE:ENI", "RESOURCE:ENI"])
    }

    @Test func spreadAndDistinctInstanceCountTheGroup() throws {
        let simulator = simulator()
        let spread = [PlacementStrategy(type: .spread, field: "instanceId")]
        try simulator.execute(.runTask(RunTaskRequest(cluster: "c", taskDefinition: "job", count: 6, placementStrategy: spread)))
        let perInstance = Dictionary(grouping: simulator.cluster().standaloneTasks, by: { $0.containerInstanceID! }).mapValues(\.count)
        #expect(perInstance.values.sorted() == [2, 2, 2])
        let (ids, failures) = try simulator.runTasks(RunTaskRequest(
            cluster: "c", taskDefinition: "job", count: 4, group: "solo", placementConstraints: [PlacementConstraint(type: .distinctInstance)]))
        #expect(ids.count == 3)
        #expect(failures.map(\.reason) == ["DistinctInstance placement constraint unsatisfied."])
    }

    @Test func memberOfAndNoInstances() throws {
        let simulator = simulator()
        let (ids, failures) = try simulator.runTasks(RunTaskRequest(
            cluster: "c", taskDefinition: "job", count: 2,
            placementConstraints: [PlacementConstraint(type: .memberOf, expression: "attribute:ecs.availability-zone == us-east-1b")]))
        #expect(ids.count == 2 && failures.isEmpty)
        #expect(simulator.cluster().standaloneTasks.allSatisfy { $0.availabilityZone == "us-east-1b" })

        let empty = self.simulator(instances: 1)
        try empty.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [empty.cluster().instances[0].id], status: .draining))
        #expect(throws: ECSError.invalidParameter("No Container Instances were found in your cluster.")) {
            try empty.execute(.runTask(cluster: "c", taskDefinition: "job", count: 1))
        }
    }

    @Test func randomIsTheDefaultAndFollowsTheSeed() throws {
        func placements(_ seed: UInt64) throws -> [String] {
            let simulator = simulator(instances: 6, seed: seed)
            try simulator.execute(.runTask(cluster: "c", taskDefinition: "job", count: 10))
            return simulator.cluster().standaloneTasks.map { $0.containerInstanceID! }
        }
        #expect(try placements(4) == placements(4))
        #expect(try placements(4) != placements(5))
    }
}
