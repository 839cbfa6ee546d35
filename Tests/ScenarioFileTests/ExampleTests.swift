import ECSModel
import Foundation
import ScenarioFile
import Simulator
import Testing

/// The shipped examples: each loads, says what to watch, runs a simulated hour keeping every
/// invariant, and survives the round trip through `ecstop export`.
@Suite struct ExampleTests {
    static let examples = RepositoryFiles.examples

    @Test func thereAreTheTeachingExamples() {
        let names = Set(Self.examples.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        #expect(names.isSuperset(of: ["default", "circuit-breaker", "az-outage", "traffic-spike", "binpack-vs-spread", "fargate-and-ec2"]))
    }

    @Test(arguments: examples)
    func startsWithWhatToWatchAndWhichKeys(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let comment = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(comment.contains("What to watch"), "\(path)")
        #expect(comment.lowercased().contains("keys"), "\(path)")
    }

    @Test(arguments: examples)
    func runsASimulatedHourKeepingEveryInvariant(path: String) throws {
        let loaded = try ScenarioFile.load(path: path).get()
        let simulator = Simulator(scenario: loaded.scenario, seed: loaded.seed ?? 42, chaos: loaded.chaos ?? .low)
        for minute in 1...60 {
            simulator.advance(by: .seconds(60))
            let violations = simulator.invariantViolations()
            #expect(violations.isEmpty, "\(path) at minute \(minute): \(violations.prefix(3))")
            if !violations.isEmpty { return }
        }
        let snapshot = simulator.snapshot()
        #expect(snapshot.clusters.allSatisfy { $0.cluster.runningTasksCount > 0 }, "\(path): every cluster runs something")
    }

    /// load → run → export → load gives the same configuration, and exporting that gives the same text.
    @Test(arguments: examples)
    func exportRoundTrips(path: String) throws {
        let loaded = try ScenarioFile.load(path: path).get()
        let simulator = Simulator(scenario: loaded.scenario, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(300))
        let writer = ScenarioWriter(name: loaded.name, seed: 42, chaos: .off)
        let exported = writer.text(of: simulator.exportScenario())
        let reloaded = try ScenarioFile.load(text: exported, file: "exported.yaml").get()
        #expect(reloaded.ignoredFields.isEmpty, "\(reloaded.ignoredFields.map(\.path))")
        // A simulation started from the export is where the exported one was: the same configuration
        // (exporting it again gives the same text) and the same services at the same counts.
        let again = Simulator(scenario: reloaded.scenario, seed: 42, chaos: .off)
        #expect(writer.text(of: again.exportScenario()) == exported)
        func counts(_ simulator: Simulator) -> [String] {
            simulator.snapshot().clusters.flatMap { cluster in
                // A daemon's count follows its instances, which an Auto Scaling group boots anew.
                cluster.services.filter { $0.service.schedulingStrategy == .replica }.map { "\(cluster.cluster.name)/\($0.service.name) \($0.service.desiredCount) \($0.service.taskDefinitionARN.arnResourceID)" }
            }
        }
        #expect(counts(again) == counts(simulator))
    }
}
