import Foundation
import Testing

/// The real terminal with the user's choices: `--mouse` (clicks and the wheel through tmux, reporting
/// off again afterwards), a `keys.yaml` that rebinds or is broken, a broken theme in the interactive run.
@Suite(.timeLimit(.minutes(1)))
struct MouseKeysAndThemesTests {
    let ecstop: URL
    var folder: URL { ecstop.deletingLastPathComponent() }

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    private func start(_ arguments: String = "", environment: String = "") throws -> TmuxSession {
        let session = try TmuxSession(width: 120, height: 36)
        try session.run(ShellReport.command(running: arguments, in: folder, environment: environment))
        try session.waitFor("the header on the first line") { screen in
            try session.isAlternateScreen() && screen.hasPrefix(" ecstop")
        }
        return session
    }

    /// A config folder with short paths, so that warnings fit on the status line.
    private func configFolder(_ files: [String: String]) throws -> URL {
        let folder = URL(fileURLWithPath: "/tmp/ek-\(UUID().uuidString.prefix(8))")
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Whether the program in the pane asked tmux to report the mouse.
    private func reportsMouse(_ session: TmuxSession) throws -> Bool {
        let run = try ProcessRun.launch(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["tmux", "-L", session.socket, "-f", "/dev/null", "display-message", "-p", "-t", "0", "#{mouse_any_flag}"])
        return run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// An SGR (1006) mouse report, as xterm sends it: `button` 0 is the left press, 64 and 65 the wheel.
    private func sendMouse(_ session: TmuxSession, button: Int, x: Int, y: Int) throws {
        try session.sendKeys("-l", "\u{1B}[<\(button);\(x + 1);\(y + 1)M")
        if button == 0 { try session.sendKeys("-l", "\u{1B}[<0;\(x + 1);\(y + 1)m") }
    }

    @Test func theMouseIsLeftToTheTerminalByDefault() throws {
        let session = try start()
        defer { session.close() }
        #expect(try !reportsMouse(session))
    }

    @Test func withMouseAClickSelectsARowAndTheWheelMovesOnThenReportingEnds() throws {
        let session = try start("--mouse")
        defer { session.close() }
        #expect(try reportsMouse(session))
        let lines = try session.screen().split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let top = lines.firstIndex(where: { String($0).contains("4 Instances") }),
              let left = lines[top].lastIndex(of: "┌")
        else {
            Issue.record("no Instances pane on screen")
            return
        }
        // Rows start below the border and the column titles; the mark sits just inside the border.
        let second = top + 3
        func markedRow(_ screen: String) -> Int? {
            screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
                .firstIndex { $0.count > left + 1 && $0[left + 1] == "▶" }
        }
        try sendMouse(session, button: 0, x: left + 6, y: second)
        try session.waitFor("the second instance selected") { markedRow($0) == second }
        let screen = try session.screen()
        #expect(screen.contains("3 Tasks · i-"), "a click on Instances focuses it and scopes Tasks to the instance:\n\(screen)")
        try sendMouse(session, button: 65, x: left + 6, y: second)
        try session.waitFor("the wheel moving to the third instance") { markedRow($0) == second + 1 }
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked)
        #expect(try !reportsMouse(session), "mouse reporting ends with ecstop")
    }

    @Test func aCrashTurnsMouseReportingOffToo() throws {
        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        try session.run(ShellReport.command(
            running: "--mouse --crash-after-frames 2", in: folder, environment: "SWIFT_BACKTRACE=enable=no"))
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus.map { $0 > 128 } == true, "screen:\n\(report.screen)")
        #expect(try !reportsMouse(session), "a shell left with mouse reporting on types escape codes on every click")
    }

    @Test func keysFileRebindsAnAction() throws {
        let config = try configFolder(["ecstop/keys.yaml": "quit: x\n"])
        defer { try? FileManager.default.removeItem(at: config) }
        let session = try start(environment: "XDG_CONFIG_HOME=\(config.path)")
        defer { session.close() }
        try session.sendKeys("q")
        try session.waitFor(text: "no action on 'q'")
        try session.sendKeys("x")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
    }

    @Test func brokenKeysFileWarnsAndKeepsTheDefaultKeys() throws {
        let config = try configFolder(["ecstop/keys.yaml": "quit: j\nbogus: y\n"])
        defer { try? FileManager.default.removeItem(at: config) }
        let session = try start(environment: "XDG_CONFIG_HOME=\(config.path)")
        defer { session.close() }
        let screen = try session.waitFor(text: "keys.yaml:1: quit: j is also bound to move-down")
        #expect(screen.contains("ecstop") && !screen.contains(ShellReport.end))
        try session.sendKeys("q")  // the default keys are in force
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0)
        #expect(report.screen.contains("ecstop: warning: keys \(config.path)/ecstop/keys.yaml:1: quit"), "\(report.screen)")
        #expect(report.screen.contains("keys.yaml:2: bogus: unknown action"), "every problem at once:\n\(report.screen)")
    }

    @Test func brokenThemeInTheInteractiveRunWarnsAndUsesTheDefault() throws {
        let config = try configFolder(["ecstop/themes/broken.yaml": "header: { fg: white }\nborder: { fg: nocolour }\n"])
        defer { try? FileManager.default.removeItem(at: config) }
        let session = try start("--theme broken", environment: "XDG_CONFIG_HOME=\(config.path)")
        defer { session.close() }
        try session.waitFor(text: "broken.yaml:2: border.fg")
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0)
        #expect(report.screen.contains("ecstop: warning: theme"), "\(report.screen)")
    }

    /// The visible screen with its SGR escape sequences, as tmux holds it.
    private func styledScreen(_ session: TmuxSession) throws -> String {
        try ProcessRun.launch(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["tmux", "-L", session.socket, "-f", "/dev/null", "capture-pane", "-e", "-p", "-t", "0"]).standardOutput
    }

    /// An `xterm-direct` entry compiled into a folder of its own (Debian keeps the real one in
    /// ncurses-term, which a minimal machine lacks): xterm-256color with colour numbers taken as RGB.
    private func directColorTerminfo() throws -> URL? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tic") else { return nil }
        let folder = URL(fileURLWithPath: "/tmp/et-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("xterm-direct.src")
        try #"""
            xterm-direct|xterm with direct colour,
            \tuse=xterm-256color, RGB, colors#0x1000000, pairs#0x10000, initc@, oc@, ccc@,
            \tsetab=\E[%?%p1%{8}%<%t4%p1%d%e48\:2\:\:%p1%{65536}%/%d\:%p1%{256}%/%{255}%&%d\:%p1%{255}%&%d%;m,
            \tsetaf=\E[%?%p1%{8}%<%t3%p1%d%e38\:2\:\:%p1%{65536}%/%d\:%p1%{256}%/%{255}%&%d\:%p1%{255}%&%d%;m,

            """#.replacingOccurrences(of: "\\t", with: "\t").write(to: source, atomically: true, encoding: .utf8)
        let tic = try ProcessRun.launch(URL(fileURLWithPath: "/usr/bin/tic"), ["-x", "-o", folder.path, source.path])
        guard tic.status == 0 else { throw ProcessRunFailed(description: "tic: \(tic.standardError)") }
        return folder
    }

    struct ProcessRunFailed: Error, CustomStringConvertible {
        var description: String
    }

    @Test func truecolorReachesTheTerminalAsRGBWhenItAnnouncesIt() throws {
        guard let terminfo = try directColorTerminfo() else { return }  // no tic: nothing to compile with
        defer { try? FileManager.default.removeItem(at: terminfo) }
        // Dracula's header accent is #f1fa8c: 24-bit where COLORTERM says so, palette index 228 otherwise.
        let direct = try start("--theme dracula", environment: "TERMINFO=\(terminfo.path) COLORTERM=truecolor")
        defer { direct.close() }
        let rgb = try styledScreen(direct)
        #expect(rgb.contains("38;2;241;250;140"), "\(rgb.prefix(300))")
        let palette = try start("--theme dracula", environment: "TERMINFO=\(terminfo.path)")
        defer { palette.close() }
        let indexed = try styledScreen(palette)
        #expect(!indexed.contains("38;2;") && indexed.contains("38;5;228"), "\(indexed.prefix(300))")
        try direct.sendKeys("q")
        let report = ShellReport(screen: try direct.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0 && report.isTerminalCooked, "\(report.screen)")
    }

    @Test(arguments: ["dracula", "solarized-dark", "light", "transparent", "high-contrast"])
    func truecolorThemesStartWhateverTheTerminalAnnounces(theme: String) throws {
        let session = try start("--theme \(theme)", environment: "COLORTERM=truecolor")
        defer { session.close() }
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(!report.screen.contains("warning"), "\(report.screen)")
    }
}
