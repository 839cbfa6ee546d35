import ArgumentParser
import Dashboard
import Foundation
import Simulator
import Terminal

/// `ecstop`: the interactive dashboard over a simulated ECS control plane.
struct ECSTop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecstop",
        abstract: "A terminal dashboard for ECS clusters, over a simulated ECS control plane.",
        usage: """
            ecstop [--seed <seed>] [--speed <speed>] [--chaos <chaos>] [--theme <theme>] [--read-only] [--ascii]
              ecstop snapshot [--seed <seed>] [--at <time>] [--size <size>] [--chaos <chaos>] [--theme <theme>]
              ecstop bench [--quick]
            """,
        subcommands: [Snapshot.self, Bench.self]
    )

    static let speedRange = 0.25...100.0

    @Option(help: "Seed of the simulation: the same seed gives the same run.")
    var seed: UInt64 = 42

    @Option(help: "Simulated seconds per real second, 0.25 to 100.")
    var speed: Double = 1

    @Option(help: "How often things go wrong: off, low or high.")
    var chaos: ChaosLevel = .low

    @Option(help: "Colour theme.")
    var theme = "default"

    @Flag(help: "Refuse commands that change the clusters.")
    var readOnly = false

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    /// Test hook: crash on purpose after this many frames, to check that the terminal is restored.
    @Option(help: .hidden)
    var crashAfterFrames: Int?

    func validate() throws {
        guard Self.speedRange.contains(speed) else {
            throw ValidationError("--speed must be between 0.25 and 100, not \(String(format: "%g", speed))")
        }
    }

    func run() throws {
        let (theme, themeWarning) = try loadTheme(name: theme)
        if let themeWarning { FileHandle.standardError.write(Data("ecstop: warning: \(themeWarning)\n".utf8)) }
        let environment = ProcessInfo.processInfo.environment
        let terminal = try NcursesTerminal(colors: NcursesTerminal.colorsAllowed(environment: environment))
        defer { terminal.close() }

        let simulator = Simulator(scenario: .default, seed: seed, chaos: chaos)
        let glyphs: Glyphs = ascii || !terminal.supportsUnicode ? .ascii : .unicode
        var dashboard = Dashboard(theme: theme, glyphs: glyphs, readOnly: readOnly, themes: themeLibrary())
        if let themeWarning { dashboard.show(StatusMessage(themeWarning, isError: true)) }
        let session = InteractiveSession(
            controlPlane: SimulatedControlPlane(simulator: simulator, speed: speed),
            dashboard: dashboard,
            terminal: terminal,
            crashAfterFrames: crashAfterFrames
        )
        let ending = session.run()
        terminal.close()
        switch ending {
        case .quit: break
        case .signal(let signal): throw ExitCode(128 + signal)
        case .inputClosed: throw ExitCode(128 + SIGHUP)  // as if the hang-up signal had ended us
        }
    }
}
