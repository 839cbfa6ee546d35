import ArgumentParser
import Dashboard
import Foundation
import Simulator
import Terminal

/// `ecstop run` (the default): the interactive dashboard over the simulated control plane.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the interactive dashboard (the default).")

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var speed: SpeedOption

    @OptionGroup var display: DisplayOptions

    @OptionGroup(title: "Real endpoint") var remote: RemoteOptions

    @Flag(help: "Refuse commands that change the clusters.")
    var readOnly = false

    // Off by default: while a program reports the mouse, the terminal's own text selection needs Shift.
    @Flag(help: "Click to focus a pane and select a row; the wheel moves the selection.")
    var mouse = false

    @Option(help: ArgumentHelp("Write every command, at its simulated time, to FILE for `ecstop replay`.", valueName: "file"))
    var record: String?

    @Option(help: ArgumentHelp("Also serve the ECS API on 127.0.0.1:PORT from this simulation (honours --read-only).", valueName: "port"))
    var serve: Int?

    /// For the tests: crash on purpose after this many frames, to check that the terminal is restored.
    @Option(help: .hidden)
    var crashAfterFrames: Int?

    func validate() throws {
        // A real endpoint has no seed, chaos, scenario, speed or recording to speak of.
        if remote.isRemote {
            let simulationOnly = [
                simulation.seedFlag.map { _ in "--seed" }, simulation.chaosFlag.map { _ in "--chaos" },
                simulation.scenario.map { _ in "--scenario" }, speed.speed.map { _ in "--speed" }, record.map { _ in "--record" },
                // Serving a real account's ECS through an unauthenticated local endpoint is not what anyone means.
                serve.map { _ in "--serve" },
            ].compactMap(\.self)
            if let first = simulationOnly.first {
                throw ValidationError("\(first) applies only to the simulation, not with --endpoint-url, --region or --profile")
            }
        }
    }

    func run() throws {
        var (theme, themeWarning) = try loadTheme(name: display.theme)
        let environment = ProcessInfo.processInfo.environment
        // NO_COLOR: the terminal draws no colours at all, so selection and focus must show by attributes.
        if NcursesTerminal.colorsAllowed(environment: environment) == false { theme = .mono }
        let (keymap, keymapWarning) = loadKeymap(environment: environment)
        let warnings = [themeWarning, keymapWarning].compactMap(\.self)
        let choice = try loadScenario(simulation)
        // Opened before the terminal is taken, so that a bad path is an ordinary error message. The
        // scenario file is named by its absolute path, so the recording replays from any folder.
        let header = RunRecording.Header(
            seed: choice.seed, chaos: choice.chaos,
            scenarioPath: simulation.scenario.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let writer = try record.map { path throws(UsageError) in
            do {
                return try RecordingWriter(path: path, header: header)
            } catch {
                throw UsageError("--record: \(error)")
            }
        }
        let alongside = serve.map(ServeAlongside.init(port:))  // a port in use ends ecstop here, terminal untouched
        let remoteControlPlane = try remote.makeControlPlane()
        defer { remoteControlPlane?.stop() }
        let terminal = try NcursesTerminal(colors: NcursesTerminal.colorsAllowed(environment: environment), mouse: mouse)
        defer { terminal.close() }

        let simulator = choice.makeSimulator()
        let glyphs: Glyphs = display.ascii || !terminal.supportsUnicode ? .ascii : .unicode
        var dashboard = Dashboard(theme: theme, glyphs: glyphs, readOnly: readOnly, keymap: keymap, themes: themeLibrary())
        if let alongside { dashboard.show(alongside.statusMessage) }
        if !warnings.isEmpty { dashboard.show(StatusMessage(warnings.joined(separator: "; "), isError: true)) }
        let simulated = SimulatedControlPlane(
            simulator: simulator, speed: speed.speed ?? choice.speed ?? 1, scenarioName: simulation.scenario == nil ? nil : choice.name)
        let recorder = writer.map { RecordingControlPlane(base: simulated, writer: $0) }
        // A real endpoint when one is named, else the simulation, recorded when asked.
        var controlPlane: any ControlPlane = simulated
        if let recorder { controlPlane = recorder }
        if let remoteControlPlane { controlPlane = remoteControlPlane }
        let served = alongside?.start(serving: controlPlane, readOnly: readOnly)
        let session = InteractiveSession(
            controlPlane: served ?? controlPlane,
            dashboard: dashboard,
            terminal: terminal,
            crashAfterFrames: crashAfterFrames,
            longestWait: served == nil ? nil : .seconds(1)
        )
        let ending = session.run()
        alongside?.stop()
        recorder?.finish()
        terminal.close()
        warnings.forEach(warn)
        if let failure = writer?.failure { warn("--record: writing \(record ?? "") failed: \(failure)") }
        switch ending {
        case .quit: break
        case .signal(let signal): throw ExitCode(128 + signal)
        case .inputClosed: throw ExitCode(128 + SIGHUP)  // as if the hang-up signal had ended us
        }
    }
}
