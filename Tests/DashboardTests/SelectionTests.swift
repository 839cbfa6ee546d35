import Dashboard
import Testing

/// What the keys act on: the row under the cursor survives sorting and filtering, the Events pane's
/// subject is its event's service, a view's faults are the view's, marks hidden by a filter count.
@Suite struct SelectionTests {
    let snapshot = SnapshotFixture.make()

    private func press(_ keys: [Key], _ dashboard: inout Dashboard) -> [ControlPlaneCommand] {
        keys.flatMap { dashboard.handle($0, in: snapshot) }
    }

    private func type(_ text: String) -> [Key] { text.map(Key.character) }

    @Test func sortingKeepsTheRowUnderTheCursorBeforeAnyMove() {
        var dashboard = Dashboard()
        _ = press([.character("o")], &dashboard)  // by NAME: api first, but web stays selected
        #expect(dashboard.render(snapshot, width: 120, height: 36).text.contains("Tasks · web (4)"))
    }

    @Test func filteringKeepsTheRowUnderTheCursorWhileItShows() {
        var dashboard = Dashboard()
        let second = snapshot.clusters[0].instances[1]
        _ = press([.character("4"), .down, .character("/")] + type("1b") + [.enter], &dashboard)
        _ = press([.escape], &dashboard)  // clears the filter
        _ = press([.character("D")], &dashboard)
        // Still on the second instance, which is DRAINING: D refuses, naming it.
        #expect(dashboard.state.status?.text.contains(second.ec2InstanceID) == true)
    }

    @Test func oSkipsColumnsTheNarrowPaneDoesNotShow() {
        var dashboard = Dashboard()
        dashboard.resize(width: 120, height: 36)
        let header = dashboard.render(snapshot, width: 120, height: 36).lines.first { $0.contains("INSTANCE") }!
        #expect(!header.contains("TYPE"), "TYPE is dropped at this width")
        _ = press([.character("4"), .character("o"), .character("o"), .character("o")], &dashboard)
        #expect(dashboard.state.sorts[.instances]?.column == "STATUS", "INSTANCE, AZ, then STATUS: TYPE and ASG skipped")
    }

    @Test func describeOnTheEventsPaneIsOfTheEventsService() {
        var dashboard = Dashboard()
        _ = press([.character("5"), .character("/")] + type("unable") + [.enter, .character("d")], &dashboard)
        #expect(dashboard.state.openView?.route == .describe(.service(cluster: "prod", service: "api")))
    }

    @Test func faultsInAViewAreForWhatTheViewShows() {
        var dashboard = Dashboard()
        _ = press([.character(":")] + type("describe api") + [.enter, .character("F")], &dashboard)
        guard case .faultMenu(let menu) = dashboard.state.overlay else {
            Issue.record("no fault menu")
            return
        }
        #expect(menu.title == "Fault · service api", "not web, the Services pane's selection")
    }

    @Test func marksHiddenByTheFilterStillCountAndSay() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("v"), .character("/")] + type("PENDING") + [.enter, .character("K")], &dashboard)
        guard case .confirmation(let confirmation) = dashboard.state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.question == "Stop 1 marked task (1 hidden by the filter)?")
    }

    @Test func marksOfAnotherServiceLetKAndDActOnTheSelection() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("v"), .character("2"), .down, .character("3"), .character("K")], &dashboard)
        guard case .confirmation(let confirmation) = dashboard.state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.question.hasPrefix("Stop task \(SnapshotFixture.hex(6).prefix(12))"), "the row under the cursor: api's second task")
        #expect(dashboard.state.marks[.tasks] == nil, "web's marks are let go")
    }

    @Test func theFargateRowCannotBeMarked() {
        var withFargate = snapshot
        withFargate.clusters[0].services[0].service.launchType = .fargate
        var dashboard = Dashboard()
        for key in [Key.character("4"), .character("G"), .character("v")] { _ = dashboard.handle(key, in: withFargate) }
        #expect(dashboard.state.marks.isEmpty)
        #expect(dashboard.state.status?.text.contains("FARGATE") == true)
    }
}

/// The command line: history, read-only, and the same checks as the keys.
@Suite struct CommandLineReducerTests {
    let snapshot = SnapshotFixture.make()

    private func run(_ line: String, _ dashboard: inout Dashboard) {
        _ = dashboard.handle(.character(":"), in: snapshot)
        for c in line { _ = dashboard.handle(.character(c), in: snapshot) }
        _ = dashboard.handle(.enter, in: snapshot)
    }

    @Test func historyWalksEveryEntryEvenRepeatedOnes() {
        var dashboard = Dashboard()
        for line in ["pause", "speed 2", "resume", "speed 5", "resume"] { run(line, &dashboard) }
        _ = dashboard.handle(.character(":"), in: snapshot)
        var seen: [String] = []
        for _ in 0..<6 {
            _ = dashboard.handle(.up, in: snapshot)
            if case .commandLine(let text) = dashboard.state.overlay { seen.append(text) }
        }
        #expect(seen == ["resume", "speed 5", "resume", "speed 2", "pause", "pause"])
        _ = dashboard.handle(.down, in: snapshot)
        #expect(dashboard.state.overlay == .commandLine("speed 2"))
    }

    @Test func activateAndDrainCheckTheInstanceAsTheKeysDo() {
        let instances = snapshot.clusters[0].instances
        var dashboard = Dashboard()
        run("activate \(instances[0].id.prefix(6))", &dashboard)
        #expect(dashboard.state.status?.text == "\(instances[0].ec2InstanceID) is already ACTIVE")
        run("drain \(instances[1].id.prefix(6))", &dashboard)
        #expect(dashboard.state.overlay == nil)
        #expect(dashboard.state.status?.text.contains("only ACTIVE instances can drain") == true)
    }
}
