import Simulator

extension ScenarioDecoder {
    /// The simulator's own check, for what the file's pass cannot see alone (a load balancer link to a
    /// container port the task definition lacks, launch types a definition is not compatible with …).
    /// Each message goes to the part it names, else to the top of the file.
    func checkWithSimulatorRules(_ scenario: Scenario, catalog: ScenarioCatalog, root: ScenarioNode) {
        for message in scenario.validationErrors() {
            let (node, text) = catalog.place(message) ?? (root, message)
            report(text, at: node)
        }
    }
}
