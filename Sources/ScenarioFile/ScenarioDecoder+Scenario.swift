import ECSModel
import Foundation
import Simulator

extension ScenarioDecoder {
    /// The whole file. Task definitions are read first and clusters before faults, whatever the key
    /// order, so that every reference can be checked where it is written.
    func decodeScenario(_ root: ScenarioNode, defaultName: String) -> LoadedScenario? {
        guard let top = mapping(root) else { return nil }
        var catalog = ScenarioCatalog()
        let name = top.take("name").flatMap(name) ?? defaultName
        let description = top.take("description").flatMap(string)
        let seed = top.take("seed").flatMap { int($0, in: 0...Int.max) }.map(UInt64.init)
        let speed = top.take("speed").flatMap { double($0, in: 0.25...100) }
        let chaos = top.take("chaos").flatMap { choice($0, ChaosLevel.self) }

        let definitions = decodeTaskDefinitions(top.take("taskDefinitions"), catalog: &catalog)
        let clusters = each(top, "clusters") { decodeCluster($0, catalog: &catalog) }
        if !top.has("clusters") { _ = required(top, "clusters") }
        let faults = each(top, "faults") { decodeFault($0, catalog: catalog) }
        finish(top)

        var scenario = Scenario(taskDefinitions: definitions, clusters: clusters)
        scenario.faultSchedule = faults
        if problems.isEmpty { checkWithSimulatorRules(scenario, catalog: catalog, root: root) }
        return LoadedScenario(
            scenario: scenario, name: name, description: description, seed: seed, speed: speed, chaos: chaos,
            ignoredFields: ignoredInFileOrder)
    }

    /// Runs `body` and tells whether it reported nothing: an element with a problem is left out.
    func clean<T>(_ body: () -> T?) -> T? {
        let before = problems.count
        let value = body()
        return problems.count == before ? value : nil
    }
}
