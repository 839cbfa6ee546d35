import ArgumentParser
import Foundation
import ScenarioFile
import Simulator

/// `ecstop export`: runs the simulation headless to a point in time and prints its state as a
/// scenario file, which `ecstop --scenario` starts from.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the simulation's state at a simulated time as a scenario file."
    )

    @Option(help: "Seed of the simulation: the same seed gives the same run.")
    var seed: UInt64 = 42

    @Option(help: "How often things go wrong: off, low or high.")
    var chaos: ChaosLevel = .low

    // Unconditional so that `--at -5s` reaches our own "must not be negative" message.
    @Option(
        parsing: .unconditional,
        help: "Simulated time to export at: 90s, 5m, 1h, 1m30s or plain seconds. (default: 0)",
        transform: { text throws(ArgumentValueError) in try DurationArgument.parse(text) }
    )
    var at: Duration?

    func run() throws {
        let simulator = Simulator(scenario: .default, seed: seed, chaos: chaos)
        if let at { simulator.advance(by: at) }
        let header = ["Exported by ecstop at simulated \(Int(simulator.elapsed.components.seconds)) s of seed \(seed)."]
        print(ScenarioWriter(name: "default", seed: seed, chaos: chaos, header: header).text(of: simulator.exportScenario()), terminator: "")
    }
}
