import ArgumentParser
import Simulator

/// Options every simulated view shares: which run, how chaotic, how it looks.
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

    @Option(help: "Colour theme: default, light, transparent, high-contrast, mono, dracula, solarized-dark, or one of yours in $XDG_CONFIG_HOME/ecstop/themes.")
    var theme = "default"

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    /// The seed the flag asks for, else the default (a scenario file's seed comes from `loadScenario`).
    var seed: UInt64 { seedFlag ?? 42 }
    var chaos: ChaosLevel { chaosFlag ?? .low }

    // Checked while parsing, so that an invalid file stops ecstop before the terminal is touched.
    func validate() throws {
        guard let scenario, case .failure(let report) = loadScenarioFile(scenario) else { return }
        exitReporting(report)
    }
}
