import Dashboard
import Testing

/// Filter, sort and marks on the panes, and what bulk kill and drain do with them.
@Suite struct ListArrangementTests {
    let snapshot = SnapshotFixture.make()

    private func press(_ keys: [Key], _ dashboard: inout Dashboard) -> [ControlPlaneCommand] {
        keys.flatMap { dashboard.handle($0, in: snapshot) }
    }

    private func type(_ text: String) -> [Key] { text.map(Key.character) }

    private func taskRows(_ dashboard: Dashboard) -> [String] {
        dashboard.render(snapshot, width: 120, height: 36).lines.filter { $0.contains("│") && $0.contains("RUNNING") || $0.contains("PENDING  ") }
    }

    @Test func filterAppliesAsTypedAndEscRestores() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("/")] + type("PEND"), &dashboard)
        var screen = dashboard.render(snapshot, width: 120, height: 36).text
        #expect(screen.contains("Tasks · web /PEND (1 of 4)"), "only the pending task is listed, and the title says why")
        #expect(screen.contains("/PEND_"), "the filter shows on the footer line")
        _ = press([.escape], &dashboard)
        screen = dashboard.render(snapshot, width: 120, height: 36).text
        #expect(screen.contains("Tasks · web (4)"))
    }

    @Test func bangInvertsTheFilterAndEnterKeepsIt() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("/")] + type("!stopped") + [.enter], &dashboard)
        #expect(dashboard.state.filters[.tasks] == "!stopped")
        #expect(dashboard.state.status?.text == "filter /!stopped: 3 rows")
        let screen = dashboard.render(snapshot, width: 120, height: 36).text
        #expect(screen.contains("Tasks · web /!stopped (3 of 4)"))
        // Esc on the pane clears the filter before it goes back.
        _ = press([.escape], &dashboard)
        #expect(dashboard.state.filters[.tasks] == nil)
        #expect(dashboard.state.focus == .tasks)
    }

    @Test func filterThenKillStopsTheFilteredTask() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("/")] + type("PENDING") + [.enter, .character("K")], &dashboard)
        let commands = press([.character("y")], &dashboard)
        #expect(commands == [.stopTask(cluster: "prod", task: SnapshotFixture.hex(3), reason: "Task stopped by user")])
    }

    @Test func filterMatchingNothingSaysSo() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("/")] + type("zzz") + [.enter], &dashboard)
        #expect(dashboard.render(snapshot, width: 120, height: 36).text.contains("no rows match the filter"))
        #expect(press([.character("K")], &dashboard).isEmpty)
        #expect(dashboard.state.status?.text == "no task selected")
    }

    @Test func sortCyclesColumnsAndReverses() {
        var dashboard = Dashboard()
        _ = press([.character("o")], &dashboard)  // services by NAME ascending: api before web
        #expect(dashboard.state.sorts[.services] == SortOrder(column: "NAME"))
        var screen = dashboard.render(snapshot, width: 120, height: 36).lines
        let api = screen.firstIndex { $0.contains(" api ") }!, web = screen.firstIndex { $0.contains(" web ") }!
        #expect(api < web)
        #expect(screen.contains { $0.contains("NAME↑") })
        _ = press([.character("O")], &dashboard)
        screen = dashboard.render(snapshot, width: 120, height: 36).lines
        #expect(screen.firstIndex { $0.contains(" web ") }! < screen.firstIndex { $0.contains(" api ") }!)
        #expect(screen.contains { $0.contains("NAME↓") })
        // Each pane keeps its own order.
        _ = press([.character("3")], &dashboard)
        #expect(dashboard.state.sorts[.tasks] == nil && dashboard.state.sorts[.services] != nil)
    }

    @Test func sortingByAgeIsNumeric() {
        var dashboard = Dashboard()
        _ = press([.character("3")] + Array(repeating: Key.character("o"), count: 7), &dashboard)
        #expect(dashboard.state.sorts[.tasks] == SortOrder(column: "AGE"))
        // Ages 3s, 4m, 5m, 10m: 3s first although "3s" > "10m" as text.
        let rows = dashboard.render(snapshot, width: 120, height: 36).lines.filter { $0.contains(SnapshotFixture.hex(3).prefix(8)) || $0.contains(SnapshotFixture.hex(1).prefix(8)) }
        #expect(rows.first?.contains(SnapshotFixture.hex(3).prefix(8)) == true)
    }

    @Test func commandLineSortAndFilter() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character(":")] + type("sort age desc") + [.enter], &dashboard)
        #expect(dashboard.state.sorts[.tasks] == SortOrder(column: "AGE", ascending: false))
        _ = press([.character(":")] + type("sort colour") + [.enter], &dashboard)
        #expect(dashboard.state.status?.isError == true)
        #expect(dashboard.state.status?.text.contains("no column colour") == true)
        _ = press([.character(":")] + type("filter 49154") + [.enter], &dashboard)
        #expect(dashboard.state.filters[.tasks] == "49154")
    }

    @Test func marksMakeKillBulkAndClearOnceDone() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("v"), .character("v")], &dashboard)  // marks task 1 and 2
        #expect(dashboard.state.marks[.tasks] == [SnapshotFixture.hex(1), SnapshotFixture.hex(2)])
        let screen = dashboard.render(snapshot, width: 120, height: 36).lines
        #expect(screen.filter { $0.contains("●") }.count == 2)
        _ = press([.character("K")], &dashboard)
        guard case .confirmation(let confirmation) = dashboard.state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.question == "Stop 2 marked tasks?")
        let commands = press([.character("y")], &dashboard)
        #expect(commands == [SnapshotFixture.hex(1), SnapshotFixture.hex(2)].map {
            .stopTask(cluster: "prod", task: $0, reason: "Task stopped by user")
        })
        #expect(dashboard.state.marks[.tasks] == nil)
    }

    @Test func markedDrainTakesOnlyActiveInstancesInOneCall() {
        var dashboard = Dashboard()
        _ = press([.character("4"), .character("v"), .character("v"), .character("v"), .character("D")], &dashboard)
        let commands = press([.character("y")], &dashboard)
        let instances = snapshot.clusters[0].instances
        // The second instance is already DRAINING: left out.
        #expect(commands == [.updateContainerInstancesState(
            cluster: "prod", containerInstances: [instances[0].id, instances[2].id], status: .draining)])
    }

    @Test func escClearsMarksFirst() {
        var dashboard = Dashboard()
        _ = press([.character("3"), .character("v"), .escape], &dashboard)
        #expect(dashboard.state.marks[.tasks] == nil)
        #expect(dashboard.state.focus == .tasks)
        _ = press([.escape], &dashboard)
        #expect(dashboard.state.focus == .services)
    }

    @Test func marksAreForTasksAndInstancesOnly() {
        var dashboard = Dashboard()
        _ = press([.character("v")], &dashboard)
        #expect(dashboard.state.marks.isEmpty)
        #expect(dashboard.state.status?.isError == true)
    }

    @Test func tabCompletesVerbsThenArguments() {
        var dashboard = Dashboard()
        _ = press([.character(":")] + type("sc") + [.tab], &dashboard)
        #expect(dashboard.state.overlay == .commandLine("scale "))
        _ = press(type("a") + [.tab], &dashboard)
        #expect(dashboard.state.overlay == .commandLine("scale api "))
        _ = press([.escape, .character(":")] + type("d") + [.tab], &dashboard)
        // deploy, describe, detail, drain: the common prefix is just "d"; the candidates show.
        #expect(dashboard.state.overlay == .commandLine("d"))
        #expect(dashboard.state.status?.text == "drain  deploy  describe  detail")
        #expect(dashboard.render(snapshot, width: 120, height: 36).lines.last?.contains("describe  detail") == true)
    }

    @Test func commandLineOpensViewsByName() {
        var dashboard = Dashboard()
        _ = press([.character(":")] + type("describe \(SnapshotFixture.hex(5).prefix(6))") + [.enter], &dashboard)
        #expect(dashboard.state.openView?.route == .describe(.task(cluster: "prod", task: SnapshotFixture.hex(5))))
        _ = press([.character(":")] + type("logs api") + [.enter], &dashboard)
        #expect(dashboard.state.openView?.route == .logs(.service(cluster: "prod", service: "api")))
        _ = press([.character(":")] + type("detail staging") + [.enter], &dashboard)
        #expect(dashboard.state.openView?.route == .detail(.cluster("staging")))
        _ = press([.character(":")] + type("describe nothing-here") + [.enter], &dashboard)
        #expect(dashboard.state.status?.text.contains("no cluster, service, instance or task 'nothing-here'") == true)
    }
}

/// Scrolling a sorted list reuses its order; a new snapshot revision sorts again.
@Suite struct ArrangementCacheTests {
    @Test func scrollingNeverSortsAgain() {
        var snapshot = SnapshotFixture.make()
        snapshot.revision = 7
        var dashboard = Dashboard()
        for key: Key in [.character("4"), .character("o")] { _ = dashboard.handle(key, in: snapshot) }
        _ = dashboard.render(snapshot, width: 120, height: 36)
        let afterSorting = dashboard.arrangementCache.computations
        for _ in 0..<5 {
            _ = dashboard.handle(.down, in: snapshot)
            _ = dashboard.render(snapshot, width: 120, height: 36)
        }
        #expect(dashboard.arrangementCache.computations == afterSorting)
        snapshot.revision = 8
        _ = dashboard.render(snapshot, width: 120, height: 36)
        #expect(dashboard.arrangementCache.computations == afterSorting + 1, "the instances pane, sorted anew")
    }
}
