import Foundation
import Testing
import Simulator

/// DeregisterTaskDefinition: the revision is INACTIVE, what runs it goes on, nothing new starts from it.
@Suite struct DeregisterTaskDefinitionTests {
    /// `svc` runs app:1 (four tasks); app:2 is registered too.
    private func simulator() -> Simulator {
        let simulator = Simulator(scenario: RolloutHarness.scenario(), seed: 5, chaos: .off)
        simulator.advance(seconds: 60)
        return simulator
    }

    private func refusal(_ simulator: Simulator, _ command: ControlPlaneCommand) -> ECSError? {
        do { try simulator.execute(command); return nil } catch { return error }
    }

    @Test func theRevisionBecomesInactiveAndWhatRunsItGoesOn() throws {
        let simulator = simulator()
        let running = simulator.activeTasks().map(\.id)
        try simulator.execute(.deregisterTaskDefinition("arn:aws:ecs:us-east-1:123456789012:task-definition/app:1"))
        let definition = try #require(simulator.snapshot().taskDefinitions["app:1"])
        #expect(definition.status == "INACTIVE")
        #expect(definition.deregisteredAt == Simulator.epoch.addingTimeInterval(60))
        #expect(simulator.snapshot().taskDefinitions["app:2"]?.status == "ACTIVE")
        // The service keeps its tasks and may still scale on app:1.
        simulator.advance(seconds: 60)
        #expect(simulator.activeTasks().map(\.id) == running)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 5))
        simulator.advance(seconds: 30)
        #expect(simulator.activeTasks().count == 5 && simulator.activeTasks().allSatisfy { $0.taskDefinitionARN.hasSuffix("app:1") })
        // Deregistering it again changes nothing.
        try simulator.execute(.deregisterTaskDefinition("app:1"))
        #expect(simulator.snapshot().taskDefinitions["app:1"] == definition)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func nothingNewStartsFromAnInactiveRevision() throws {
        let simulator = simulator()
        try simulator.execute(.deregisterTaskDefinition("app:1"))
        let before = simulator.snapshot().clusters
        let inactive = ECSError.invalidParameter("TaskDefinition is inactive")
        #expect(refusal(simulator, .runTask(cluster: "c", taskDefinition: "app:1", count: 1)) == inactive)
        #expect(refusal(simulator, .createService(ServiceCreation(cluster: "c", serviceName: "new", taskDefinition: "app:1"))) == inactive)
        #expect(refusal(simulator, .updateService(ServiceUpdate(cluster: "c", service: "svc", taskDefinition: "app:1", forceNewDeployment: true)))
            == inactive)
        #expect(simulator.snapshot().clusters.map(\.cluster) == before.map(\.cluster))
        #expect(simulator.service().service.deployments.count == 1)
        // A bare family means its latest ACTIVE revision.
        try simulator.execute(.runTask(cluster: "c", taskDefinition: "app", count: 1))
        #expect(simulator.cluster().standaloneTasks.last?.taskDefinitionARN.hasSuffix("app:2") == true)
        try simulator.execute(.deregisterTaskDefinition("app:2"))
        #expect(refusal(simulator, .runTask(cluster: "c", taskDefinition: "app", count: 1)) == .client("TaskDefinition not found."))
        #expect(simulator.invariantViolations() == [])
    }

    @Test func refusesAsECSDoes() throws {
        let simulator = simulator()
        #expect(refusal(simulator, .deregisterTaskDefinition("app")) == .client("Invalid revision number. Number: app"))
        #expect(refusal(simulator, .deregisterTaskDefinition("app:latest")) == .client("Invalid revision number. Number: app:latest"))
        #expect(refusal(simulator, .deregisterTaskDefinition("app:9")) == .client("The specified task definition does not exist."))
        #expect(refusal(simulator, .deregisterTaskDefinition("ghost:1")) == .client("The specified task definition does not exist."))
        #expect(simulator.snapshot().taskDefinitions.values.allSatisfy { $0.status == "ACTIVE" })
    }

    @Test func aNewRevisionAfterAnInactiveOneTakesTheNextNumber() throws {
        let simulator = simulator()
        try simulator.execute(.deregisterTaskDefinition("app:2"))
        let definition = try #require(simulator.snapshot().taskDefinitions["app:1"])
        try simulator.execute(.registerTaskDefinition(definition))
        let keys = simulator.snapshot().taskDefinitions.filter { $0.value.family == "app" }.keys.sorted()
        #expect(keys == ["app:1", "app:2", "app:3"])
        #expect(simulator.snapshot().taskDefinitions["app:2"]?.status == "INACTIVE")
    }

    @Test func exportKeepsInactiveRevisionsOnlyWhileSomethingRunsThem() throws {
        let simulator = simulator()
        try simulator.execute(.deregisterTaskDefinition("app:1"))
        try simulator.execute(.deregisterTaskDefinition("app:2"))
        let exported = simulator.exportScenario()
        #expect(exported.taskDefinitions.map { "\($0.family):\($0.revision)" } == ["app:1"], "svc still runs app:1")
        #expect(exported.validationErrors() == [])
    }
}
