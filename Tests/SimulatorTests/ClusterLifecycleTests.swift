import Testing
@testable import Simulator

/// CreateCluster and DeleteCluster: a new cluster runs Fargate services; deletion is refused while
/// anything is left in it, and leaves it INACTIVE where it was.
@Suite struct ClusterLifecycleTests {
    /// Harness's cluster `c` (3 instances, service `svc`), a cluster `hosts` with one instance and no
    /// service, and a Fargate task definition `fg`.
    private func simulator(seed: UInt64 = 1) -> Simulator {
        var scenario = Harness.scenario(instances: 3, desired: 2)
        scenario.clusters.append(.init(name: "hosts", instances: [.init(instanceType: "m5.large", availabilityZone: "us-east-1a")]))
        scenario.taskDefinitions.append(.init(family: "fg", networkMode: .awsvpc, cpu: 256, memory: 512, containerDefinitions: [
            ContainerDefinition(name: "fg", image: "nginx")
        ], options: .init(requiresCompatibilities: [.fargate])))
        return Simulator(scenario: scenario, seed: seed, chaos: .off)
    }

    private func refusal(_ simulator: Simulator, _ command: ControlPlaneCommand) -> ECSError? {
        do { try simulator.execute(command); return nil } catch { return error }
    }

    private func createFargateCluster(_ simulator: Simulator, _ name: String = "fargate") throws {
        try simulator.execute(.createCluster(ClusterCreation(
            clusterName: name, capacityProviders: ["FARGATE", "FARGATE_SPOT"],
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1)])))
    }

    @Test func aCreatedClusterIsActiveAndEmpty() throws {
        let simulator = simulator()
        try createFargateCluster(simulator)
        let cluster = simulator.cluster("fargate").cluster
        #expect(cluster.arn == "arn:aws:ecs:us-east-1:123456789012:cluster/fargate")
        #expect(cluster.status == "ACTIVE")
        #expect(cluster.registeredContainerInstancesCount == 0 && cluster.runningTasksCount == 0)
        #expect(cluster.pendingTasksCount == 0 && cluster.activeServicesCount == 0)
        #expect(cluster.capacityProviders == ["FARGATE", "FARGATE_SPOT"])
        #expect(cluster.defaultCapacityProviderStrategy == [CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1)])
        // Again: idempotent, the same cluster.
        try simulator.execute(.createCluster(ClusterCreation(clusterName: "fargate")))
        #expect(simulator.snapshot().clusters.count == 3)
        #expect(simulator.cluster("fargate").cluster == cluster)
        simulator.advance(seconds: 120)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aServiceRunsInACreatedCluster() throws {
        let simulator = simulator()
        try createFargateCluster(simulator)
        try simulator.execute(.createService(ServiceCreation(
            cluster: "fargate", serviceName: "web", taskDefinition: "fg", desiredCount: 2)))
        #expect(simulator.service("web", in: "fargate").service.launchType == .fargate, "the cluster's default strategy")
        simulator.advance(seconds: 60)
        let service = simulator.service("web", in: "fargate")
        #expect(service.service.runningCount == 2)
        #expect(service.tasks.allSatisfy { $0.lastStatus == .running && $0.capacityProviderName == "FARGATE" })
        #expect(service.messages.first == "(service web) has reached a steady state.")
        #expect(simulator.cluster("fargate").cluster.runningTasksCount == 2)
        #expect(simulator.cluster("fargate").cluster.activeServicesCount == 1)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let simulator = simulator()
        let before = simulator.snapshot().clusters.map(\.cluster)
        let badName = ECSError.invalidParameter(
            "Cluster name must be 1 to 255 characters long and contain only letters, numbers, hyphens and underscores.")
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: "has space"))) == badName)
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: ""))) == badName)
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: String(repeating: "a", count: 256)))) == badName)
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: "é"))) == badName)
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: "x", capacityProviders: ["my-asg"])))
            == .invalidParameter("The specified capacity provider 'my-asg' does not exist. Specify a valid name or ARN and try again."))
        #expect(refusal(simulator, .createCluster(ClusterCreation(
            clusterName: "x", capacityProviders: ["FARGATE"],
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT")])))
            == .invalidParameter(
                "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again."))
        #expect(simulator.snapshot().clusters.map(\.cluster) == before)
        try simulator.execute(.createCluster(ClusterCreation(clusterName: String(repeating: "a", count: 255))))
        try simulator.execute(.createCluster(ClusterCreation(clusterName: "Under_score-9")))
        #expect(simulator.snapshot().clusters.count == 4)
    }

    @Test func deletionIsRefusedWhileAnythingIsLeft() throws {
        let simulator = simulator()
        #expect(refusal(simulator, .deleteCluster("nope")) == .clusterNotFound())
        #expect(refusal(simulator, .deleteCluster("arn:aws:ecs:us-east-1:123456789012:cluster/c"))
            == ECSError("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active."))
        #expect(refusal(simulator, .deleteCluster("hosts"))
            == ECSError("ClusterContainsContainerInstancesException",
                        "The Cluster cannot be deleted while Container Instances are active or draining."))
        try createFargateCluster(simulator)
        try simulator.execute(.runTask(RunTaskRequest(cluster: "fargate", taskDefinition: "fg", launchType: .fargate)))
        #expect(refusal(simulator, .deleteCluster("fargate"))
            == ECSError("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active."))
        #expect(simulator.snapshot().clusters.allSatisfy { $0.cluster.status == "ACTIVE" })
    }

    @Test func deletionIsRefusedWhileAnAutoScalingGroupProviderIsAssociated() throws {
        var scenario = CapacityHarness.scenario()  // No instances yet: the group's desired capacity is 0.
        scenario.clusters[0].services = []
        let simulator = Simulator(scenario: scenario, seed: 1, chaos: .off)
        #expect(refusal(simulator, .deleteCluster("c"))
            == ECSError("ClusterContainsCapacityProviderException",
                        "The Cluster cannot be deleted while Capacity Providers are associated with it."))
        #expect(simulator.cluster().cluster.status == "ACTIVE")
    }

    @Test func aFargateClusterIsDeletedAndCreatedAgainWithoutItsOldTags() throws {
        let simulator = simulator()
        let fargate = ClusterCreation(clusterName: "lab", capacityProviders: ["FARGATE", "FARGATE_SPOT"])
        try simulator.execute(.createCluster(fargate))
        let arn = simulator.cluster("lab").cluster.arn
        try simulator.execute(.tagResource(resourceARN: arn, tags: [ResourceTag(key: "old", value: "1")]))
        try simulator.execute(.deleteCluster("lab"))
        #expect(simulator.cluster("lab").cluster.status == "INACTIVE", "FARGATE providers do not hold a cluster")
        try simulator.execute(.createCluster(ClusterCreation(clusterName: "lab")))
        #expect(simulator.snapshot().tags[arn] == nil, "a cluster created again starts with its own tags")
        #expect(simulator.cluster("lab").cluster.capacityProviders.isEmpty)
        #expect(refusal(simulator, .createCluster(ClusterCreation(clusterName: "twice", capacityProviders: ["FARGATE", "FARGATE"])))
            == .invalidParameter("The capacity providers of a cluster must be unique."))
    }

    @Test func deletedOnceEmptyThenCreatedAgain() throws {
        let simulator = simulator()
        try createFargateCluster(simulator)
        try simulator.execute(.runTask(RunTaskRequest(cluster: "fargate", taskDefinition: "fg", launchType: .fargate)))
        simulator.advance(seconds: 30)
        let task = simulator.cluster("fargate").standaloneTasks[0]
        try simulator.execute(.stopTask(cluster: "fargate", task: task.id, reason: ""))
        #expect(simulator.advance(until: { simulator.task(task.id, in: "fargate")?.lastStatus == .stopped }, within: 120) != nil)
        try simulator.execute(.deleteCluster("fargate"))
        let deleted = simulator.cluster("fargate")
        #expect(deleted.cluster.status == "INACTIVE")
        #expect(simulator.snapshot().clusters.map(\.cluster.name) == ["c", "hosts", "fargate"], "kept where it was")
        // Gone for every operation but the describe.
        #expect(refusal(simulator, .deleteCluster("fargate")) == .clusterNotFound())
        #expect(refusal(simulator, .runTask(RunTaskRequest(cluster: "fargate", taskDefinition: "fg", launchType: .fargate)))
            == .clusterNotFound())
        #expect(refusal(simulator, .createService(ServiceCreation(cluster: "fargate", serviceName: "s", taskDefinition: "fg")))
            == .clusterNotFound())
        #expect(refusal(simulator, .tagResource(resourceARN: deleted.cluster.arn, tags: [ResourceTag(key: "k")])) == .clusterNotFound())
        simulator.advance(seconds: 4_000)  // Past the stopped task's retention.
        #expect(simulator.invariantViolations() == [])
        #expect(simulator.cluster("fargate").standaloneTasks.isEmpty)
        #expect(!simulator.exportScenario().clusters.map(\.name).contains("fargate"), "INACTIVE clusters are not exported")

        try simulator.execute(.createCluster(ClusterCreation(clusterName: "fargate", capacityProviders: ["FARGATE"])))
        let again = simulator.cluster("fargate").cluster
        #expect(again.status == "ACTIVE" && again.capacityProviders == ["FARGATE"] && again.defaultCapacityProviderStrategy.isEmpty)
        #expect(simulator.snapshot().clusters.count == 3)
        try simulator.execute(.runTask(RunTaskRequest(cluster: "fargate", taskDefinition: "fg", launchType: .fargate)))
        simulator.advance(seconds: 60)
        #expect(simulator.cluster("fargate").cluster.runningTasksCount == 1)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func createdClustersAreExportedAndRunAgain() throws {
        let simulator = simulator()
        try createFargateCluster(simulator)
        try simulator.execute(.createService(ServiceCreation(
            cluster: "fargate", serviceName: "web", taskDefinition: "fg", desiredCount: 2)))
        let exported = simulator.exportScenario()
        #expect(exported.validationErrors() == [])
        let spec = try #require(exported.clusters.first { $0.name == "fargate" })
        #expect(spec.services.map(\.name) == ["web"] && spec.services[0].desiredCount == 2)
        #expect(spec.defaultCapacityProviderStrategy == [CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1)])
        let rerun = Simulator(scenario: exported, seed: 2, chaos: .off)
        rerun.advance(seconds: 60)
        #expect(rerun.service("web", in: "fargate").service.runningCount == 2)
    }

    @Test func theSameSeedAndCommandsGiveTheSameState() throws {
        func run() throws -> Simulator {
            let simulator = simulator(seed: 7)
            try createFargateCluster(simulator)
            try simulator.execute(.createService(ServiceCreation(
                cluster: "fargate", serviceName: "web", taskDefinition: "fg", desiredCount: 3)))
            simulator.advance(seconds: 30)
            try simulator.execute(.runTask(RunTaskRequest(cluster: "fargate", taskDefinition: "fg", count: 2, launchType: .fargate)))
            try simulator.execute(.tagResource(resourceARN: simulator.cluster("fargate").cluster.arn, tags: [ResourceTag(key: "team", value: "a")]))
            simulator.advance(seconds: 90)
            return simulator
        }
        let a = try run().snapshot()
        let b = try run().snapshot()
        #expect(a.clusters.map(\.cluster) == b.clusters.map(\.cluster))
        #expect(a.clusters.map(\.allTasks) == b.clusters.map(\.allTasks))
        #expect(a.tags == b.tags)
        #expect(a.clusters[2].allTasks.count == 5)
    }
}
