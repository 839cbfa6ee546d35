import ArgumentParser
import Simulator

/// Which run is simulated: the scenario, and the seed and chaos that make it repeatable. Declared once
/// for every command that simulates (`ecstop`, `snapshot`, `serve`, `export`).
struct SimulationOptions: ParsableArguments {
    // Optional, so that a scenario file's own seed and chaos apply when the flags are not given.
    @Option(
        name: .customLong("seed"),
        help: ArgumentHelp("Seed of the simulation: the same seed gives the same run. (default: the scenario's, else 42)", valueName: "seed"))
    var seedFlag: UInt64?

    @Option(
        name: .customLong("chaos"),
        help: ArgumentHelp("How often things go wrong: off, low or high. (default: the scenario's, else low)", valueName: "chaos"))
    var chaosFlag: ChaosLevel?

    @Option(help: ArgumentHelp("A scenario file (YAML or JSON, see docs/scenario-format.md) to run instead of the default clusters.", valueName: "file"))
    var scenario: String?

    // Checked while parsing, so that an invalid file stops ecstop before the terminal is touched.
    func validate() throws {
        guard let scenario, case .failure(let report) = loadScenarioFile(scenario) else { return }
        exitReporting(report)
    }
}
