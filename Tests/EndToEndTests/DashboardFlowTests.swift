import Foundation
import Testing

/// The whole product in a real terminal: scale a service, kill a task, drain an instance, quit — and
/// see the simulated ECS react on screen each time.
@Suite(.timeLimit(.minutes(2)))
struct DashboardFlowTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    @Test func scaleKillDrainAndQuit() throws {
        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        // Chaos off so that nothing but our own actions changes the cluster; 10x so it is quick.
        try session.run(ShellReport.command(
            running: "--seed 42 --chaos off --speed 10", in: ecstop.deletingLastPathComponent()))
        try session.waitFor("worker running 2 of 2") { Screen($0).serviceCounts("worker") == .init(desired: 2, running: 2) }

        // Scale worker from 2 to 5 with three presses of +.
        try session.sendKeys("j", "j")
        try session.waitFor("worker selected") { $0.contains("Tasks · worker") }
        try session.sendKeys("+", "+", "+")
        try session.waitFor("worker running 5 of 5", timeout: .seconds(30)) {
            Screen($0).serviceCounts("worker") == .init(desired: 5, running: 5)
        }

        // Kill the selected task and see it stop and be replaced.
        try session.sendKeys("3")
        let victim = try #require(Screen(try session.waitFor("a selected task") { Screen($0).selectedTaskID != nil }).selectedTaskID)
        try session.sendKeys("K")
        try session.waitFor(text: "Confirm")
        try session.sendKeys("y")
        try session.waitFor("task \(victim) stopped and replaced", timeout: .seconds(30)) { text in
            let screen = Screen(text)
            return screen.taskRow(startingWith: victim)?.contains("STOPPED") == true
                && screen.serviceCounts("worker") == .init(desired: 5, running: 5)
                && text.contains("(service worker) has started 1 tasks")
        }

        // Drain the busiest instance and watch its service tasks leave.
        try session.sendKeys("4")
        let instances = Screen(try session.screen()).instanceRows
        let busiest = try #require(instances.enumerated().max { $0.element.tasks < $1.element.tasks })
        #expect(busiest.element.tasks > 0)
        for _ in 0..<busiest.offset { try session.sendKeys("j") }
        try session.waitFor("\(busiest.element.id) selected") { Screen($0).selectedInstanceID == busiest.element.id }
        try session.sendKeys("D")
        try session.waitFor(text: "Confirm")
        try session.sendKeys("y")
        try session.sendKeys("Enter")  // list the tasks on the instance
        let drained = try session.waitFor("no service task left running on \(busiest.element.id)", timeout: .seconds(40)) { text in
            let rows = Screen(text).serviceTaskRows
            return !rows.isEmpty && rows.allSatisfy { $0.desired == "STOPPED" } && text.contains("DRAINING")
        }
        #expect(Screen(drained).serviceTaskRows.contains { $0.last == "STOPPED" || $0.last == "STOPPING" || $0.last == "DEPROVISIONING" })

        // Quit: exit status 0 and a usable terminal.
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
    }
}

/// Reads the dashboard's panes back from captured screen text.
private struct Screen {
    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    struct Counts: Equatable {
        var desired: Int
        var running: Int
    }

    /// DESIRED and RUNNING of a service's row in the Services pane (after its LAUNCH column).
    func serviceCounts(_ name: String) -> Counts? {
        for line in lines {
            guard let match = line.firstMatch(of: #/│[▶ ] (\S+) +(?:[A-Z][A-Z0-9_]* +)?(\d+) +(\d+) +(\d+) /#), match.1 == name else { continue }
            return Counts(desired: Int(match.2)!, running: Int(match.3)!)
        }
        return nil
    }

    /// The left half of each row: the Tasks pane in the middle band.
    private var taskPaneLines: [String] {
        lines.map { line in line.components(separatedBy: "││").first ?? line }
    }

    var selectedTaskID: String? {
        taskPaneLines.lazy.compactMap { $0.firstMatch(of: #/│▶ ([0-9a-f]{6,})/#) }.first.map { String($0.1) }
    }

    func taskRow(startingWith id: String) -> String? {
        taskPaneLines.first { $0.contains("│  \(id)") || $0.contains("│▶ \(id)") }
    }

    /// Rows of the Tasks pane listing an instance's tasks that belong to a service.
    var serviceTaskRows: [(last: String, desired: String)] {
        taskPaneLines.compactMap { line in
            line.firstMatch(of: #/│[▶ ] [0-9a-f]+…? +([A-Z]+) +([A-Z]+) +\S+ +service:/#).map { (String($0.1), String($0.2)) }
        }
    }

    /// Rows of the Instances pane: EC2 id prefix and task count.
    var instanceRows: [(id: String, tasks: Int)] {
        lines.compactMap { line in
            line.firstMatch(of: #/│[▶ ] (i-[0-9a-f]+)…? +1[a-c] +(?:ACTIVE|DRAINING) +(\d+) /#).map { (String($0.1), Int($0.2)!) }
        }
    }

    var selectedInstanceID: String? {
        lines.lazy.compactMap { $0.firstMatch(of: #/│▶ (i-[0-9a-f]+)/#) }.first.map { String($0.1) }
    }
}
