import Dashboard
import Simulator
import Terminal

/// Prints a simulation's screen as text, as `ecstop snapshot` and `ecstop replay --at` do: every row,
/// blank ones included, so that the output always has exactly `size.height` lines. `keys` choose
/// where the dashboard looks; the commands they might make are dropped.
func printHeadlessScreen(
    of simulator: Simulator, scenarioName: String? = nil, size: ScreenSize, theme: Theme, ascii: Bool, readOnly: Bool,
    keys: String = ""
) {
    let terminal = HeadlessTerminal(width: size.width, height: size.height)
    var dashboard = Dashboard(theme: theme, glyphs: ascii ? .ascii : .unicode, readOnly: readOnly)
    dashboard.resize(width: size.width, height: size.height)
    let snapshot = SimulatedControlPlane(simulator: simulator, scenarioName: scenarioName).snapshot()
    for character in keys { _ = dashboard.handle(.character(character), in: snapshot) }
    terminal.draw(dashboard.render(snapshot, width: size.width, height: size.height))
    print(terminal.text)
}
