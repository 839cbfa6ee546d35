import Dashboard
import Simulator
import Testing

/// Every view, whole screen, at a small and a large size in the default and mono themes, from the
/// default scenario ten simulated minutes in (long enough for metric history and log lines).
@Suite struct ViewScreenTests {
    /// A view and the keys that open it from the start screen (Services pane, web selected).
    static let views: [(name: String, keys: [Key])] = [
        ("main", []),
        ("help", [.character("?")]),
        ("describe-service", [.character("d")]),
        ("describe-task", [.character("3"), .character("d")]),
        ("describe-instance", [.character("4"), .character("d")]),
        ("logs-task", [.character("3"), .character("l")]),
        ("detail-service", [.character("i")]),
        ("detail-instance", [.character("4"), .character("i")]),
        ("overview-cluster", [.character("1"), .character("i")]),
    ]

    static let sizes = [(80, 24), (160, 48)]

    private func controlPlane() -> SimulatedControlPlane {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(600))
        return SimulatedControlPlane(simulator: simulator)
    }

    @Test(arguments: ["default", "mono"])
    func everyViewAtSmallAndLargeSizes(themeName: String) throws {
        let theme = try ThemeLibrary(folders: [themesFolder]).theme(named: themeName)
        let controlPlane = controlPlane()
        let snapshot = controlPlane.snapshot()
        for (width, height) in Self.sizes {
            for view in Self.views {
                var dashboard = Dashboard(theme: theme)
                dashboard.resize(width: width, height: height)
                for key in view.keys { _ = dashboard.handle(key, in: snapshot) }
                dashboard.refreshLogs(from: controlPlane, snapshot: snapshot)
                let screen = dashboard.render(snapshot, width: width, height: height)
                if view.name != "main", view.name != "help" {
                    #expect(screen.text.contains("›"), "\(view.name) shows its breadcrumbs")
                }
                expectScreen(screen, named: "view-\(view.name)-\(width)x\(height)-\(themeName)")
            }
        }
    }
}
