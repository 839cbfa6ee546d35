import Dashboard
import Testing

/// Clicks and the wheel (`--mouse`), located the way `DashboardScreen` draws the panes.
@Suite struct MouseTests {
    let snapshot = SnapshotFixture.make()

    private func dashboard(width: Int = 120, height: Int = 36) -> Dashboard {
        var dashboard = Dashboard()
        dashboard.resize(width: width, height: height)
        return dashboard
    }

    private func rect(of pane: Pane, in dashboard: Dashboard) -> Rect {
        DashboardModel(snapshot: snapshot, state: dashboard.state).layout(width: 120, height: 36, focus: dashboard.state.focus).panes[pane]!
    }

    private func click(_ x: Int, _ y: Int, _ dashboard: inout Dashboard) {
        #expect(dashboard.handle(.mouse(MouseEvent(x: x, y: y, kind: .click)), in: snapshot).isEmpty)
    }

    @Test func clickingTheSecondTaskRowSelectsThatTaskAndFocusesTasks() {
        var byKeys = dashboard()
        _ = byKeys.handle(.character("3"), in: snapshot)
        _ = byKeys.handle(.down, in: snapshot)
        let second = byKeys.state.selectedTaskID(in: snapshot)

        var dashboard = dashboard()
        #expect(dashboard.state.focus == .services)
        let tasks = rect(of: .tasks, in: dashboard)
        // Below the top border and the column titles: the first row is at y + 2, the second at y + 3.
        click(tasks.x + 10, tasks.y + 3, &dashboard)
        #expect(dashboard.state.focus == .tasks)
        #expect(second != nil)
        #expect(dashboard.state.selectedTaskID(in: snapshot) == second)
        // The screen agrees: the selection mark is on the clicked row.
        let screen = dashboard.render(snapshot, width: 120, height: 36)
        #expect(screen[tasks.x + 1, tasks.y + 3].character == "▶")
    }

    @Test func clickingTheTitlesOrBelowTheLastRowFocusesButKeepsTheSelection() {
        var dashboard = dashboard()
        let instances = rect(of: .instances, in: dashboard)
        click(instances.x + 3, instances.y + 1, &dashboard)  // the column titles
        #expect(dashboard.state.focus == .instances)
        #expect(dashboard.state.selection(of: .instances).index == 0)
        click(instances.x + 3, instances.maxY - 2, &dashboard)  // an empty row at the bottom
        #expect(dashboard.state.selection(of: .instances).index == 0)
        click(instances.x + 3, instances.y + 4, &dashboard)  // the third instance
        #expect(dashboard.state.selection(of: .instances).index == 2)
    }

    @Test func clickingAnotherPaneFocusesIt() {
        var dashboard = dashboard()
        let clusters = rect(of: .clusters, in: dashboard)
        click(clusters.x + 3, clusters.y + 2, &dashboard)
        #expect(dashboard.state.focus == .clusters)
        click(0, 0, &dashboard)  // the header: nothing happens
        #expect(dashboard.state.focus == .clusters)
    }

    @Test func wheelDownMovesTheSelectionOfThePaneUnderThePointer() {
        var dashboard = dashboard()
        let instances = rect(of: .instances, in: dashboard)
        let wheel = MouseEvent(x: instances.x + 5, y: instances.y + 5, kind: .wheelDown)
        _ = dashboard.handle(.mouse(wheel), in: snapshot)
        #expect(dashboard.state.selection(of: .instances).index == 1)
        #expect(dashboard.state.focus == .services, "the wheel scrolls; focus stays with the keyboard")
        _ = dashboard.handle(.mouse(wheel), in: snapshot)
        var up = wheel
        up.kind = .wheelUp
        _ = dashboard.handle(.mouse(up), in: snapshot)
        #expect(dashboard.state.selection(of: .instances).index == 1)
    }

    @Test func wheelScrollsAnOpenViewAndTheHelp() {
        var byKeys = dashboard(width: 120, height: 30)
        _ = byKeys.handle(.character("d"), in: snapshot)  // describe the selected service
        _ = byKeys.handle(.down, in: snapshot)
        var dashboard = dashboard(width: 120, height: 30)
        _ = dashboard.handle(.character("d"), in: snapshot)
        let services = DashboardModel(snapshot: snapshot, state: dashboard.state).layout(width: 120, height: 30, focus: .services).panes[.services]!
        let overServices = (x: services.x + 5, y: services.y + 3)
        _ = dashboard.handle(.mouse(MouseEvent(x: overServices.x, y: overServices.y, kind: .wheelDown)), in: snapshot)
        #expect(dashboard.state.openView == byKeys.state.openView, "the wheel scrolls the view as ↓ does")
        #expect(dashboard.state.selection(of: .services).index == 0, "not the pane hidden under the view")
        let tasks = DashboardModel(snapshot: snapshot, state: dashboard.state).layout(width: 120, height: 30, focus: .services).panes[.tasks]!
        _ = dashboard.handle(.mouse(MouseEvent(x: tasks.x + 5, y: tasks.y + 2, kind: .click)), in: snapshot)
        #expect(dashboard.state.openView != nil, "a click does not close the view")
        #expect(dashboard.state.focus == .services, "nor reach the panes under it")

        var help = self.dashboard()
        _ = help.handle(.character("?"), in: snapshot)
        _ = help.handle(.mouse(MouseEvent(x: 40, y: 10, kind: .wheelDown)), in: snapshot)
        #expect(help.state.overlay == .help(offset: 1))
        _ = help.handle(.mouse(MouseEvent(x: 40, y: 10, kind: .click)), in: snapshot)
        #expect(help.state.overlay == .help(offset: 1), "a click never answers or closes a dialog")
    }

    @Test func clickingATabOnASmallScreenShowsThatPane() {
        var dashboard = dashboard(width: 80, height: 24)
        let tabRow = dashboard.render(snapshot, width: 80, height: 24).lines[1]
        let instances = tabRow.distance(from: tabRow.startIndex, to: tabRow.range(of: "4 Instances")!.lowerBound)
        click(instances + 2, 1, &dashboard)
        #expect(dashboard.state.focus == .instances)
        #expect(dashboard.render(snapshot, width: 80, height: 24).text.contains("┌ 4 Instances"))
    }

    @Test func theMouseDoesNothingOnATooSmallScreen() {
        var dashboard = dashboard(width: 40, height: 10)
        _ = dashboard.handle(.mouse(MouseEvent(x: 5, y: 5, kind: .click)), in: snapshot)
        #expect(dashboard.state.focus == .services)
    }

    @Test func mouseEventsHaveNames() {
        #expect(Key.mouse(MouseEvent(x: 1, y: 2, kind: .click)).displayName == "click")
        #expect(Key.mouse(MouseEvent(x: 1, y: 2, kind: .wheelDown)).displayName == "wheel down")
    }
}

extension AppState {
    fileprivate func selectedTaskID(in snapshot: ControlPlaneSnapshot) -> String? {
        DashboardModel(snapshot: snapshot, state: self).selectedTask(state: self)?.id
    }
}
