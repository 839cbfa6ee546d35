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

    @OptionGroup var simulation: SimulationOptions

    // Unconditional so that `--at -5s` reaches our own "must not be negative" message.
    @Option(
        parsing: .unconditional,
        help: "Simulated time to export at: 90s, 5m, 1h, 1m30s or plain seconds. (default: 0)",
        transform: { text throws(ArgumentValueError) in try DurationArgument.parse(text) }
    )
    var at: Duration?

    func run() throws {
        let choice: ScenarioChoice
        do {
            choice = try loadScenario(simulation)
        } catch {
            exitReporting(error)
        }
        let simulator = choice.makeSimulator()
        if let at { simulator.advance(by: at) }
        let header = ["Exported by ecstop at simulated \(Int(simulator.elapsed.components.seconds)) s of \(choice.name), seed \(choice.seed)."]
        let writer = ScenarioWriter(name: choice.name, seed: choice.seed, chaos: choice.chaos, header: header)
        print(writer.text(of: simulator.exportScenario()), terminator: "")
    }
}
