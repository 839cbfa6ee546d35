import Foundation
import ScenarioFile
import Simulator

/// What a run simulates: the scenario (the file's, or the embedded default) and the settings that apply,
/// the flags winning over the file.
struct ScenarioChoice {
    var scenario: Scenario
    var name: String
    var seed: UInt64
    var chaos: ChaosLevel
    /// The file's speed, if it sets one; `--speed` wins where the command has it.
    var speed: Double?
    var ignoredFields: [IgnoredField]

    /// A simulator at the start of this choice.
    func makeSimulator() -> Simulator { Simulator(scenario: scenario, seed: seed, chaos: chaos) }
}

/// The scenario `--scenario` names (nil: the embedded default), with `--seed` and `--chaos` winning over
/// the file's own when given; throws the file's report when it is invalid.
func loadScenario(_ options: SimulationOptions) throws(ScenarioReport) -> ScenarioChoice {
    let seed = options.seedFlag, chaos = options.chaosFlag
    guard let path = options.scenario else {
        return ScenarioChoice(scenario: .default, name: "default", seed: seed ?? 42, chaos: chaos ?? .low, speed: nil, ignoredFields: [])
    }
    let loaded = try loadScenarioFile(path).get()
    return ScenarioChoice(
        scenario: loaded.scenario, name: loaded.name, seed: seed ?? loaded.seed ?? 42, chaos: chaos ?? loaded.chaos ?? .low,
        speed: loaded.speed, ignoredFields: loaded.ignoredFields)
}

func loadScenarioFile(_ path: String) -> Result<LoadedScenario, ScenarioReport> {
    ScenarioFile.load(path: path)
}

/// Prints every problem, one a line as `FILE:LINE:COLUMN: PATH: MESSAGE`, and exits 1: ecstop does not
/// start from an invalid file. (Not through ArgumentParser's errors, which show a single line, exit 2.)
func exitReporting(_ report: ScenarioReport) -> Never {
    FileHandle.standardError.write(Data((report.lines.joined(separator: "\n") + "\n").utf8))
    exit(1)
}
