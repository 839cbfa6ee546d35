import Dashboard
import Simulator
import Testing

/// Small things a k9s user notices: every tab on a small screen, a help that pages, breadcrumbs that
/// do not repeat themselves, refusals that say why.
@Suite struct PolishTests {
    let snapshot = SnapshotFixture.make()

    @Test(arguments: [(60, 18), (80, 24)])
    func everyTabShowsOnASmallScreen(width: Int, height: Int) {
        var dashboard = Dashboard()
        dashboard.resize(width: width, height: height)
        for key: Key in [.character("4"), .enter] { _ = dashboard.handle(key, in: snapshot) }  // a long tab title
        let tabs = dashboard.render(snapshot, width: width, height: height).lines[1]
        for number in 1...5 { #expect(tabs.contains(" \(number) "), "tab \(number) in '\(tabs)'") }
        #expect(DisplayWidth.of(tabs) == width)
    }

    @Test func helpPagesWithThePagingKeys() {
        var dashboard = Dashboard()
        dashboard.resize(width: 100, height: 20)
        _ = dashboard.handle(.character("?"), in: snapshot)
        _ = dashboard.handle(.pageDown, in: snapshot)
        guard case .help(let offset) = dashboard.state.overlay else {
            Issue.record("PgDn closed the help")
            return
        }
        #expect(offset == 16, "a page of 16 lines")
        _ = dashboard.handle(.character("G"), in: snapshot)
        let screen = dashboard.render(snapshot, width: 100, height: 20).text
        #expect(screen.contains("fault disconnect|reconnect INSTANCE"), "the last line shows")
        #expect(screen.contains(" of ") && screen.contains(" · ↑ ↓ PgUp PgDn"))
    }

    @Test func breadcrumbsNameEachSubjectOnceAndInstancesByTheirEC2Id() {
        var dashboard = Dashboard()
        for key: Key in [.character("3"), .character("l"), .character("d")] { _ = dashboard.handle(key, in: snapshot) }
        #expect(dashboard.state.navigation.breadcrumbs == ["prod", "task \(SnapshotFixture.hex(1).prefix(8))", "logs", "describe"])
        var other = Dashboard()
        for key: Key in [.character("4"), .character("i")] { _ = other.handle(key, in: snapshot) }
        let ec2 = snapshot.clusters[0].instances[0].ec2InstanceID
        #expect(other.render(snapshot, width: 120, height: 36).text.contains("prod › instance \(ec2) › detail"))
        var clusters = Dashboard()
        for line in [":describe staging", ":detail web"] {
            for c in line { _ = clusters.handle(.character(c), in: snapshot) }
            _ = clusters.handle(.enter, in: snapshot)
        }
        #expect(clusters.state.navigation.breadcrumbs == ["staging", "describe", "prod", "service web", "detail"])
    }

    /// The control plane refuses a DAEMON service's count in ECS's words; the dashboard shows them
    /// rather than a refusal of its own.
    @Test func aDaemonsCountIsRefusedInECSWords() throws {
        let controlPlane = SimulatedControlPlane(simulator: Simulator(scenario: .default, seed: 42, chaos: .off))
        var dashboard = Dashboard()
        for c in ":scale log-router 3" { _ = dashboard.handle(.character(c), in: controlPlane.snapshot()) }
        let commands = dashboard.handle(.enter, in: controlPlane.snapshot())
        #expect(commands == [.updateService(cluster: "prod", service: "log-router", desiredCount: 3)])
        let error = #expect(throws: ECSError.self) { try controlPlane.execute(commands[0]) }
        dashboard.report(commands[0], error: error)
        #expect(dashboard.state.status?.text.hasPrefix(
            "InvalidParameterException: The daemon scheduling strategy does not support a desired count") == true)
    }

    @Test func theHeaderNamesAScenarioFromAFile() {
        var named = snapshot
        named.scenarioName = "az-outage"
        #expect(Dashboard().render(named, width: 120, height: 36).lines[0].hasPrefix(" ecstop  sim az-outage  seed 42  x1 "))
        #expect(Dashboard().render(snapshot, width: 120, height: 36).lines[0].hasPrefix(" ecstop  sim seed 42  x1 "))
    }

    @Test func aMissingThemeListsTheOnesThereAre() {
        var dashboard = Dashboard(themes: ThemeLibrary(folders: [themesFolder]))
        for c in ":theme nosuch" { _ = dashboard.handle(.character(c), in: snapshot) }
        _ = dashboard.handle(.enter, in: snapshot)
        #expect(dashboard.state.status?.text.hasPrefix("no theme named 'nosuch' (available: ") == true)
        #expect(dashboard.state.status?.text.contains("dracula") == true)
    }
}

/// Ctrl-R reads a real endpoint again at once; the simulation has nothing to refresh.
@Suite struct RefreshTests {
    @Test func ctrlRAsksARemoteControlPlaneToReadAgain() {
        var remote = SnapshotFixture.make()
        remote.source = .remote(endpoint: "http://127.0.0.1:5000", stale: false)
        var dashboard = Dashboard()
        #expect(dashboard.handle(.control("r"), in: remote).isEmpty)
        let first = dashboard.takeRefreshRequest(), second = dashboard.takeRefreshRequest()
        #expect(first)
        #expect(!second, "taken once")
        #expect(Dashboard().render(remote, width: 160, height: 48).lines.last?.contains("Ctrl-R refresh") == true)
    }

    @Test func theSimulationHasNothingToRefresh() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.control("r"), in: SnapshotFixture.make())
        let requested = dashboard.takeRefreshRequest()
        #expect(!requested)
        #expect(dashboard.state.status?.text == "the simulation is always up to date: nothing to refresh")
        #expect(!HelpText.of(simulated: true).contains("read the endpoint again now"))
        #expect(HelpText.of(simulated: false).contains("read the endpoint again now"))
    }
}

/// The help overlay's text, on the simulation or on a real endpoint.
enum HelpText {
    static func of(simulated: Bool) -> String {
        var dashboard = Dashboard()
        var snapshot = SnapshotFixture.make()
        if !simulated { snapshot.source = .remote(endpoint: "x", stale: false) }
        _ = dashboard.handle(.character("?"), in: snapshot)
        return dashboard.render(snapshot, width: 160, height: 90).text
    }
}
