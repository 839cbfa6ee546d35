import ECSModel
import Foundation
import ScenarioFile
import Simulator
import Testing

@Suite struct DefaultExampleTests {
    /// What a run shows: services, every task (id, statuses, instance) and every service event.
    private func fingerprint(_ scenario: Scenario, seed: UInt64 = 42) -> [String] {
        let simulator = Simulator(scenario: scenario, seed: seed, chaos: .low)
        simulator.advance(by: .seconds(600))
        return simulator.snapshot().clusters.flatMap { cluster in
            cluster.services.map {
                "service \(cluster.cluster.name)/\($0.service.name) \($0.service.desiredCount) \($0.service.runningCount) \($0.service.taskDefinitionARN)"
            }
                + cluster.allTasks.map {
                    "task \($0.id) \($0.lastStatus) \($0.desiredStatus) \($0.containerInstanceID ?? $0.availabilityZone) \($0.taskDefinitionARN)"
                }
                + cluster.services.flatMap { service in service.service.events.map { "event \($0.id) \($0.message)" } }
                + cluster.instances.map { "instance \($0.id) \($0.instanceType) \($0.availabilityZone) \($0.status)" }
        }
    }

    @Test func defaultYAMLRunsLikeTheEmbeddedDefault() throws {
        let loaded = try ScenarioFile.load(path: RepositoryFiles.path("examples/default.yaml")).get()
        #expect(loaded.name == "default")
        #expect(loaded.ignoredFields.isEmpty)
        let fromFile = fingerprint(loaded.scenario)
        let embedded = fingerprint(.default)
        #expect(fromFile.count > 50)
        // The first difference only: the whole runs are too long to read in a failure.
        let difference = zip(fromFile, embedded).first { $0 != $1 }.map { "\($0.0)\n  vs \($0.1)" }
        #expect(difference == nil)
        #expect(fromFile.count == embedded.count)
    }
}
