/// The row of pane tabs on a small screen: `1 Clusters  2 Services · prod  3 Tasks · web (4) …`,
/// the shown pane highlighted. Drawing and mouse clicks share where each tab is.
struct PaneTabs {
    let model: DashboardModel
    let focus: Pane

    /// Each pane's tab and the columns it covers; tabs other than the shown one shorten to their
    /// number and name when room runs out.
    func tabs(in rect: Rect) -> [(pane: Pane, text: String, columns: Range<Int>)] {
        var x = rect.x
        var tabs: [(Pane, String, Range<Int>)] = []
        for pane in Pane.allCases {
            let label = " " + model.title(of: pane) + " "
            let text = pane == focus || x + DisplayWidth.of(label) <= rect.maxX - 2 ? label : " \(pane.rawValue + 1) \(pane.title) "
            let end = min(rect.maxX, x + DisplayWidth.of(text))
            tabs.append((pane, text, x..<max(x, end)))
            x = end
        }
        return tabs
    }

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme) {
        buffer.fill(rect, with: Cell(" ", style: theme[.tab]))
        for tab in tabs(in: rect) {
            buffer.write(tab.text, x: tab.columns.lowerBound, y: rect.y, style: theme[tab.pane == focus ? .tabActive : .tab], maxX: rect.maxX)
        }
    }
}
