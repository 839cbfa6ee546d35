import Foundation
import Testing

/// ecstop in a real terminal (tmux): it starts, draws, quits on keys and signals, and always leaves
/// the terminal as it found it.
@Suite(.timeLimit(.minutes(1)))
struct RealTerminalTests {
    let ecstop: URL
    var folder: URL { ecstop.deletingLastPathComponent() }

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    /// Starts ecstop in a fresh session and waits for its first frame.
    private func start(_ arguments: String = "", width: Int = 120, height: Int = 36, environment: String = "") throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        try session.run(ShellReport.command(running: arguments, in: folder, environment: environment))
        try session.waitFor("ecstop's first frame") { screen in
            try session.isAlternateScreen() && !screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        return session
    }

    /// Waits for the shell's report after ecstop ended.
    private func report(from session: TmuxSession) throws -> ShellReport {
        ShellReport(screen: try session.waitFor(text: ShellReport.end))
    }

    @Test func startsAndShowsTheHeader() throws {
        let session = try start()
        defer { session.close() }
        // The first frame may still be arriving when it is first seen: wait for the header line.
        let screen = try session.waitFor("the header on the first line") { screen in
            let firstLine = screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
            return firstLine.trimmingCharacters(in: .whitespaces).hasPrefix("ecstop")
        }
        #expect(!screen.contains(ShellReport.marker), "ecstop should draw on the alternate screen")
    }

    @Test func quittingWithQRestoresTheTerminal() throws {
        let session = try start()
        defer { session.close() }
        try session.sendKeys("q")
        let report = try report(from: session)
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
        #expect(try !session.isAlternateScreen())
    }

    @Test func controlCQuitsAndRestoresTheTerminal() throws {
        let session = try start()
        defer { session.close() }
        try session.sendKeys("C-c")
        let report = try report(from: session)
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try start()
        defer { session.close() }
        let pid = try ecstopProcessID(under: session.shellProcessID())
        #expect(kill(pid, SIGTERM) == 0)
        let report = try report(from: session)
        #expect(report.exitStatus == 128 + Int(SIGTERM), "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
    }

    @Test func crashRestoresTheTerminal() throws {
        // The hidden test hook traps like any Swift runtime error; the backtracer is off to stay fast.
        let session = try start("--crash-after-frames 2", environment: "SWIFT_BACKTRACE=enable=no")
        defer { session.close() }
        let report = try report(from: session)
        #expect(report.exitStatus.map { $0 > 128 } == true, "a crash ends by signal; screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
    }

    @Test func survivesResizing() throws {
        let session = try start()
        defer { session.close() }
        try session.resize(width: 70, height: 20)
        try session.resize(width: 30, height: 8)
        try session.resize(width: 120, height: 36)
        try session.waitFor(text: "ecstop")
        try session.sendKeys("q")
        let report = try report(from: session)
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
    }

    @Test func leavesWhenTheTerminalHangsUpWithSIGHUPIgnored() throws {
        // With SIGHUP ignored (nohup, `trap '' HUP`) only the closed input can tell ecstop to leave;
        // it must not spin on failing reads.
        let session = try start(environment: "trap '' HUP;")
        let pid = try ecstopProcessID(under: session.shellProcessID())
        session.close()
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(5)
        while clock.now < deadline, isRunning(pid) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!isRunning(pid), "ecstop \(pid) still runs after its terminal went away")
        if isRunning(pid) { kill(pid, SIGKILL) }
    }

    @Test func tinyTerminalDoesNotCrash() throws {
        let session = try TmuxSession(width: 30, height: 8)
        defer { session.close() }
        try session.run("cd '\(folder.path)' && ./ecstop; echo EXIT=$?")
        try session.waitFor("ecstop's first frame") { _ in try session.isAlternateScreen() }
        try session.sendKeys("C-c")
        let screen = try session.waitFor("the exit status") { $0.contains("EXIT=0") || $0.range(of: #"EXIT=\d"#, options: .regularExpression) != nil }
        #expect(ShellReport(screen: screen).exitStatus == 0, "screen:\n\(screen)")
    }

    @Test func missingTERMIsAClearError() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try session.run(ShellReport.command(running: "", in: folder, environment: "env -u TERM"))
        let report = try report(from: session)
        #expect(report.exitStatus == 1, "screen:\n\(report.screen)")
        #expect(report.screen.contains("TERM is not set"), "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked)
    }

    @Test func unknownTERMIsAClearError() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try session.run(ShellReport.command(running: "", in: folder, environment: "TERM=nonexistent-term"))
        let report = try report(from: session)
        #expect(report.exitStatus == 1, "screen:\n\(report.screen)")
        #expect(report.screen.contains("unknown terminal type 'nonexistent-term'"), "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked)
    }

    /// Whether `pid` exists and is not a zombie waiting to be reaped.
    private func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")")
        else { return false }
        return !stat[end...].hasPrefix(") Z")
    }

    /// The ecstop process started by the pane's shell, waited for briefly since the shell forks it.
    private func ecstopProcessID(under shell: Int32) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(5)
        while clock.now < deadline {
            let run = try ProcessRun.launch(URL(fileURLWithPath: "/usr/bin/env"), ["pgrep", "-P", "\(shell)", "-x", "ecstop"])
            if let pid = run.standardOutput.split(separator: "\n").first.flatMap({ Int32($0) }) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("no ecstop process under the pane's shell \(shell)")
        return -1
    }
}
