import Foundation
import Testing

/// The views and list tools in a real terminal: filter then kill, describe and logs and back, a
/// theme switched live, and a resize down to a small screen and back.
@Suite(.timeLimit(.minutes(2)))
struct ViewFlowTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    private func start(width: Int = 120, height: Int = 36) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        try session.run(ShellReport.command(running: "--seed 42 --chaos off --speed 10", in: ecstop.deletingLastPathComponent()))
        try session.waitFor(text: "Tasks · web (4)", timeout: .seconds(20))
        return session
    }

    private func quit(_ session: TmuxSession) throws {
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked)
    }

    @Test func filterThenKillFromTheFilteredList() throws {
        let session = try start()
        defer { session.close() }
        try session.sendKeys("3")
        let screen = try session.waitFor("task ids") { $0.firstMatch(of: #/│▶ ([0-9a-f]{8})/#) != nil }
        let ids = screen.matches(of: #/│[▶ ] ([0-9a-f]{8})/#).map { String($0.1) }
        let victim = try #require(ids.last)
        try session.sendKeys("/")
        try session.sendKeys("-l", victim)
        try session.sendKeys("Enter")
        try session.waitFor("only \(victim) listed") { $0.contains("Tasks · web /\(victim) (1 of 4)") && $0.contains("│▶ \(victim)") }
        try session.sendKeys("K")
        try session.waitFor(text: "Confirm")
        try session.sendKeys("y")
        try session.waitFor("\(victim) stopping", timeout: .seconds(20)) { text in
            text.contains("stopping task \(victim)") || text.firstMatch(of: try! Regex("\(victim)[0-9a-f…]* +(STOPPED|DEPROVISIONING|STOPPING|RUNNING) +STOPPED")) != nil
        }
        try session.sendKeys("Escape")
        try session.waitFor("the filter cleared") { $0.contains("Tasks · web (5)") || $0.contains("Tasks · web (4)") }
        try quit(session)
    }

    @Test func describeAndLogsThenBack() throws {
        let session = try start()
        defer { session.close() }
        try session.sendKeys("d")
        try session.waitFor(text: "prod › service web › describe")
        try session.sendKeys("Escape", "3", "l")
        try session.waitFor("a task's logs") { $0.contains("› logs") && $0.contains("follow") }
        try session.sendKeys("[")
        try session.waitFor(text: "Tasks · web (4)")
        try session.sendKeys("]")
        try session.waitFor(text: "› logs")
        try session.sendKeys("Escape")
        try session.waitFor(text: "Instances · prod")
        try quit(session)
    }

    @Test func themeSwitchesLive() throws {
        let session = try start()
        defer { session.close() }
        let before = try session.styledScreen()
        try session.sendKeys(":")
        try session.sendKeys("-l", "theme mono")
        try session.sendKeys("Enter")
        try session.waitFor(text: "theme mono")
        // The default header is white on blue 24; mono draws it reversed, without colours.
        #expect(before.contains("48;5;24m"))
        let after = try session.waitFor("no 256-colour background left") { _ in
            !((try? session.styledScreen()) ?? "48;5;24m").contains("48;5;24m")
        }
        #expect(!after.isEmpty)
        try quit(session)
    }

    @Test func resizeToSmallAndBack() throws {
        let session = try start(width: 160, height: 48)
        defer { session.close() }
        try session.waitFor(text: "5 Events · prod")
        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("tabs on a small screen") { $0.contains(" 1  2 Services · prod  3  4  5") && $0.contains("┌ 2 Services") && !$0.contains("┌ 4 Instances") }
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try session.sendKeys("4")
        try session.waitFor(text: "┌ 4 Instances")
        try session.resize(width: 160, height: 48)
        try session.waitFor("side by side again") { $0.contains("┌ 2 Services") && $0.contains("┌ 4 Instances") && $0.contains("┌ 5 Events") }
        try quit(session)
    }
}
