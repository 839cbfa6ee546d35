import Dashboard
import Simulator
import Testing

/// Screens of the real simulator: the default scenario as a newcomer first sees it.
@Suite struct SimulatedScreenTests {
    private func screen(seed: UInt64, at seconds: Int64, width: Int = 120, height: Int = 36) -> CellBuffer {
        let simulator = Simulator(scenario: .default, seed: seed)
        simulator.advance(by: .seconds(seconds))
        return Dashboard().render(SimulatedControlPlane(simulator: simulator).snapshot(), width: width, height: height)
    }

    @Test func defaultScenarioAtNinetySeconds() {
        expectScreen(screen(seed: 42, at: 90), named: "simulated-seed42-90s-120x36")
    }

    @Test func sameSeedSameScreenOtherSeedOtherScreen() {
        #expect(screen(seed: 7, at: 300) == screen(seed: 7, at: 300))
        #expect(screen(seed: 7, at: 300).text != screen(seed: 8, at: 300).text)
    }

    @Test func everyServiceIsListedWithItsDesiredCountAfterStartUp() {
        let text = screen(seed: 42, at: 60).text
        for (name, desired) in [("web", 4), ("api", 3), ("worker", 2)] {
            #expect(text.contains(try! Regex("[▶ ] \(name) +EC2 +\(desired) +\(desired) +0 ")), "\(name) runs \(desired) of \(desired)")
        }
    }
}
