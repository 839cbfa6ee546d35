import ArgumentParser
import Foundation
import Dashboard
import Simulator
import Terminal

/// `ecstop snapshot`: runs the simulation headless to a point in time and prints the screen as text.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dashboard at a simulated time as plain text, without a terminal."
    )

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var display: DisplayOptions

    // Unconditional so that `--at -5s` reaches our own "must not be negative" message.
    @Option(
        parsing: .unconditional,
        help: "Simulated time to stop at: 90s, 5m, 1h, 1m30s or plain seconds. (default: 90s)",
        transform: { text throws(ArgumentValueError) in try DurationArgument.parse(text) }
    )
    var at: Duration?

    @Option(
        help: "Screen size as COLUMNSxROWS, at least 20x5. (default: 120x36)",
        transform: { text throws(ArgumentValueError) in try ScreenSize(parsing: text) }
    )
    var size: ScreenSize?

    func run() throws {
        let (theme, themeWarning) = try loadTheme(name: display.theme)
        if let themeWarning { warn(themeWarning) }
        let size = size ?? ScreenSize(width: 120, height: 36)
        let choice = try loadScenario(simulation)
        let simulator = choice.makeSimulator()
        simulator.advance(by: at ?? .seconds(90))

        printHeadlessScreen(
            of: simulator, scenarioName: simulation.scenario == nil ? nil : choice.name, size: size, theme: theme,
            ascii: display.ascii, readOnly: false)
    }
}
