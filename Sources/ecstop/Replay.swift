import ArgumentParser
import Dashboard
import Foundation
import Simulator
import Terminal

/// `ecstop replay FILE`: a run recorded with `--record`, again — the same seed, the same commands at the
/// same simulated times, so the same screens. Interactive (read-only, with the time controls), or, with
/// `--at` or `--size`, headless: the screen at that time, printed as `ecstop snapshot` prints it.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay a run recorded with --record: interactively, or print the screen at a simulated time."
    )

    /// Turns a recording's scenario path into the scenario it ran: the file as it reads now, refused
    /// with its report when it no longer loads.
    static let resolveScenario: @Sendable (String) throws -> Scenario = { path in
        switch loadScenarioFile(path) {
        case .success(let loaded): return loaded.scenario
        case .failure(let report):
            throw ReplayFailure("the recording's scenario file does not load:\n" + report.lines.joined(separator: "\n"))
        }
    }

    @Argument(help: "A file written by `ecstop --record FILE`.")
    var file: String

    @Option(
        parsing: .unconditional,
        help: "Print the screen at this simulated time (90s, 5m, 1h, 1m30s or seconds) instead of running the dashboard. (default: the end of the recording)",
        transform: { text throws(ArgumentValueError) in try DurationArgument.parse(text) }
    )
    var at: Duration?

    @Option(
        help: "With --at: screen size as COLUMNSxROWS, at least 20x5. (default: 120x36)",
        transform: { text throws(ArgumentValueError) in try ScreenSize(parsing: text) }
    )
    var size: ScreenSize?

    // Keys are not recorded (they are how commands were typed, not what the cluster did), so a headless
    // screen starts with the first cluster and service selected; these keys move it first.
    @Option(help: ArgumentHelp("With --at: keys to press before printing, e.g. jj to select the third service.", valueName: "keys"))
    var keys = ""

    @OptionGroup var speed: SpeedOption

    @OptionGroup var display: DisplayOptions

    func run() throws {
        let recording = try readRecording()
        if at != nil || size != nil {
            try printScreen(of: recording)
        } else {
            try watch(recording)
        }
    }

    /// The recording, or every problem in it, each with its line (exit 1).
    private func readRecording() throws -> RunRecording {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ReplayFailure("cannot read '\(file)': \((error as NSError).localizedDescription)")
        }
        do {
            return try RunRecording(parsing: text)
        } catch {
            for problem in error.problems {
                FileHandle.standardError.write(Data("ecstop: error: \(file): \(problem)\n".utf8))
            }
            throw ExitCode(1)
        }
    }

    private func makeReplay(_ recording: RunRecording) throws -> RecordingReplay {
        try RecordingReplay(recording: recording, scenario: Self.resolveScenario)
    }

    private func printScreen(of recording: RunRecording) throws {
        let (theme, themeWarning) = try loadTheme(name: display.theme)
        if let themeWarning { warn(themeWarning) }
        let replay = try makeReplay(recording)
        do {
            try replay.advance(to: at ?? recording.lastTime)
        } catch {
            throw ReplayFailure("\(file): \(error)")
        }
        printHeadlessScreen(
            of: replay.simulator, size: size ?? ScreenSize(width: 120, height: 36), theme: theme, ascii: display.ascii, readOnly: true,
            keys: keys)
    }

    private func watch(_ recording: RunRecording) throws {
        // Played through once first: a recording that no longer matches the simulator is reported
        // here, with its line, rather than half-way through on a screen that cannot say so well.
        do {
            try makeReplay(recording).run()
        } catch let divergence as ReplayDivergence {
            throw ReplayFailure("\(file): \(divergence)")
        }

        var (theme, themeWarning) = try loadTheme(name: display.theme)
        let environment = ProcessInfo.processInfo.environment
        if NcursesTerminal.colorsAllowed(environment: environment) == false { theme = .mono }
        let (keymap, keymapWarning) = loadKeymap(environment: environment)
        let warnings = [themeWarning, keymapWarning].compactMap(\.self)
        let controlPlane = ReplayingControlPlane(replay: try makeReplay(recording), speed: speed.speed ?? 1)
        let terminal = try NcursesTerminal(colors: NcursesTerminal.colorsAllowed(environment: environment), mouse: false)
        defer { terminal.close() }

        let glyphs: Glyphs = display.ascii || !terminal.supportsUnicode ? .ascii : .unicode
        var dashboard = Dashboard(theme: theme, glyphs: glyphs, readOnly: true, keymap: keymap, themes: themeLibrary())
        let seconds = recording.lastTime.components.seconds
        let until = String(format: "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60)
        dashboard.show(StatusMessage(
            (["replay of \(file): \(recording.commands.count) commands until \(until)"] + warnings).joined(separator: "; "),
            isError: !warnings.isEmpty))
        let ending = InteractiveSession(controlPlane: controlPlane, dashboard: dashboard, terminal: terminal).run()
        terminal.close()
        warnings.forEach(warn)
        switch ending {
        case .quit: break
        case .signal(let signal): throw ExitCode(128 + signal)
        case .inputClosed: throw ExitCode(128 + SIGHUP)
        }
    }
}

/// Why a replay cannot go on: an unreadable file, a scenario that cannot be had, a recording that no
/// longer matches the simulator (exit 1).
struct ReplayFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
