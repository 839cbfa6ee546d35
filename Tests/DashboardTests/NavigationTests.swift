import Dashboard
import Simulator
import Testing

/// Describe, logs and detail views: opening, breadcrumbs, going back and forth, scrolling and search.
@Suite struct NavigationTests {
    let snapshot = SnapshotFixture.make()

    private func press(_ keys: [Key], _ dashboard: inout Dashboard, in snapshot: ControlPlaneSnapshot? = nil) {
        for key in keys { _ = dashboard.handle(key, in: snapshot ?? self.snapshot) }
    }

    @Test func describeOpensOnTheSelectionAndEscGoesBack() {
        var dashboard = Dashboard()
        press([.down, .character("d")], &dashboard)  // services pane: api
        #expect(dashboard.state.openView?.route == .describe(.service(cluster: "prod", service: "api")))
        #expect(dashboard.state.navigation.breadcrumbs == ["prod", "service api", "describe"])
        let screen = dashboard.render(snapshot, width: 120, height: 36).text
        #expect(screen.contains("prod › service api › describe"))
        press([.escape], &dashboard)
        #expect(dashboard.state.openView == nil)
        #expect(dashboard.state.focus == .services, "back where the user was")
    }

    @Test func bracketsWalkTheViewHistory() {
        var dashboard = Dashboard()
        press([.character("i"), .character("l")], &dashboard)  // detail of web, then its logs
        #expect(dashboard.state.navigation.stack.map(\.route) == [
            .detail(.service(cluster: "prod", service: "web")), .logs(.service(cluster: "prod", service: "web")),
        ])
        press([.character("[")], &dashboard)
        #expect(dashboard.state.openView?.route == .detail(.service(cluster: "prod", service: "web")))
        press([.character("]")], &dashboard)
        #expect(dashboard.state.openView?.route == .logs(.service(cluster: "prod", service: "web")))
        press([.character("]")], &dashboard)
        #expect(dashboard.state.status?.text == "no view to go forward to")
    }

    @Test func logsOfAnInstanceAreRefusedWithAReason() {
        var dashboard = Dashboard()
        press([.character("4"), .character("l")], &dashboard)
        #expect(dashboard.state.openView == nil)
        #expect(dashboard.state.status?.text.contains("logs belong to a task or a service") == true)
    }

    @Test func enterOnATaskIsNotADrillButDetailIsItsDescribe() {
        var dashboard = Dashboard()
        press([.character("3"), .character("i")], &dashboard)
        #expect(dashboard.state.openView?.route == .describe(.task(cluster: "prod", task: SnapshotFixture.hex(1))))
    }

    @Test func inAViewPaneKeysAreRefusedButTimeControlWorks() {
        var dashboard = Dashboard()
        press([.character("d")], &dashboard)
        #expect(dashboard.handle(.character("+"), in: snapshot).isEmpty)
        #expect(dashboard.state.status?.text.contains("works in the panes") == true)
        #expect(dashboard.handle(.character(" "), in: snapshot) == [.setPaused(true)])
        #expect(dashboard.handle(.character("."), in: snapshot) == [.stepToNextEvent])
    }

    // MARK: Logs from the simulator: scrolling, follow, search

    private func simulatedLogs() -> (Dashboard, SimulatedControlPlane) {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(600))
        let controlPlane = SimulatedControlPlane(simulator: simulator)
        var dashboard = Dashboard()
        press([.character("l")], &dashboard, in: controlPlane.snapshot())  // logs of web
        dashboard.refreshLogs(from: controlPlane, snapshot: controlPlane.snapshot())
        return (dashboard, controlPlane)
    }

    @Test func serviceLogsInterleaveTheTasksByTimeAndFollowTheNewest() throws {
        var (dashboard, controlPlane) = simulatedLogs()
        let lines = dashboard.state.logLines
        #expect(lines.count > 50)
        #expect(Set(lines.map(\.taskID)).count == 4, "web's four tasks")
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.event.timestamp <= $1.event.timestamp })
        let screen = dashboard.render(controlPlane.snapshot(), width: 120, height: 36)
        // Following: the last line on screen is the newest log line.
        let newest = try #require(lines.last)
        let body = screen.lines.dropLast(2).last { $0.contains(String(newest.taskID.prefix(8))) }
        #expect(body?.contains(newest.event.message.prefix(40)) == true)
        #expect(screen.text.contains("follow"))
        // Scrolling up stops following; G follows again.
        press([.up], &dashboard, in: controlPlane.snapshot())
        #expect(dashboard.state.openView?.follow == false)
        press([.character("G")], &dashboard, in: controlPlane.snapshot())
        #expect(dashboard.state.openView?.follow == true)
    }

    @Test func searchJumpsBetweenMatchesAndHighlightsThem() throws {
        var (dashboard, controlPlane) = simulatedLogs()
        let snapshot = controlPlane.snapshot()
        press([.character("g"), .character("/")], &dashboard, in: snapshot)
        for c in "GET" { press([.character(c)], &dashboard, in: snapshot) }
        press([.enter], &dashboard, in: snapshot)
        let entry = try #require(dashboard.state.openView)
        #expect(entry.search == "GET")
        let first = entry.offset
        #expect(dashboard.state.logLines[first].event.message.contains("GET"))
        press([.character("n")], &dashboard, in: snapshot)
        let second = try #require(dashboard.state.openView?.offset)
        #expect(second > first && dashboard.state.logLines[second].event.message.contains("GET"))
        press([.character("N")], &dashboard, in: snapshot)
        #expect(dashboard.state.openView?.offset == first)
        let screen = dashboard.render(snapshot, width: 120, height: 36)
        let highlighted = screen.cells.filter { $0.style == Theme.default[.searchMatch] }.map(\.character)
        #expect(String(highlighted.prefix(3)) == "GET")
    }

    @Test func timestampsToggle() {
        var (dashboard, controlPlane) = simulatedLogs()
        let snapshot = controlPlane.snapshot()
        #expect(dashboard.render(snapshot, width: 120, height: 36).text.contains("2026-01-01T00:0"))
        press([.character("t")], &dashboard, in: snapshot)
        #expect(!dashboard.render(snapshot, width: 120, height: 36).text.contains("2026-01-01T00:0"))
    }

    @Test func wrapTogglesInAView() {
        var dashboard = Dashboard()
        press([.character("5"), .character("d")], &dashboard)  // events pane: describe its service (web)
        #expect(dashboard.state.openView?.route == .describe(.service(cluster: "prod", service: "web")))
        press([.character("w")], &dashboard)
        #expect(dashboard.state.openView?.wrap == true)
    }
}

/// A logs view that is not following keeps the lines being read on screen while new ones arrive.
@Suite struct LogsPlaceTests {
    @Test func scrolledBackLogsStayOnTheSameLines() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(3600))
        let controlPlane = SimulatedControlPlane(simulator: simulator)
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("l"), in: controlPlane.snapshot())
        dashboard.refreshLogs(from: controlPlane, snapshot: controlPlane.snapshot())
        #expect(dashboard.state.logLines.count > 300, "every task's buffer is full, so new lines push old ones out")
        for _ in 0..<3 { _ = dashboard.handle(.pageUp, in: controlPlane.snapshot()) }
        let entry = try #require(dashboard.state.openView)
        #expect(!entry.follow)
        let reading = dashboard.state.logLines[entry.offset]
        simulator.advance(by: .seconds(120))
        dashboard.refreshLogs(from: controlPlane, snapshot: controlPlane.snapshot())
        let after = try #require(dashboard.state.openView)
        #expect(after.offset < entry.offset, "moved up by the lines dropped")
        #expect(dashboard.state.logLines[after.offset] == reading)
    }
}

/// Log lines are made on demand, so a paused logs view does not make them again every frame.
@Suite struct LogsFetchTests {
    final class CountingControlPlane: ControlPlane {
        let base: SimulatedControlPlane
        var logCalls = 0
        init(_ base: SimulatedControlPlane) { self.base = base }
        func snapshot() -> ControlPlaneSnapshot { base.snapshot() }
        func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome { try base.execute(command) }
        func advance(wallElapsed: Duration) { base.advance(wallElapsed: wallElapsed) }
        var isSimulated: Bool { true }
        func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
            logCalls += 1
            return base.logEvents(cluster: cluster, task: task, limit: limit)
        }
    }

    @Test func linesAreReadAgainOnlyWhenTheStateMoved() {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(120))
        let controlPlane = CountingControlPlane(SimulatedControlPlane(simulator: simulator))
        var dashboard = Dashboard()
        for key: Key in [.character("3"), .character("l")] { _ = dashboard.handle(key, in: controlPlane.snapshot()) }
        for _ in 0..<3 { dashboard.refreshLogs(from: controlPlane, snapshot: controlPlane.snapshot()) }
        #expect(controlPlane.logCalls == 1, "one task, read once while nothing moves")
        simulator.advance(by: .seconds(1))
        dashboard.refreshLogs(from: controlPlane, snapshot: controlPlane.snapshot())
        #expect(controlPlane.logCalls == 2)
    }
}
