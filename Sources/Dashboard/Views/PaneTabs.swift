/// The row of pane tabs on a small screen: `1 Clusters  2 Services · prod  3 Tasks · web (4) …`,
/// the shown pane highlighted. Drawing and mouse clicks share where each tab is.
struct PaneTabs {
    let model: DashboardModel
    let focus: Pane

    /// Each pane's tab and the columns it covers. When the titles do not fit, the other tabs shorten
    /// to their number and name, then to their number, and the shown one is cut last.
    func tabs(in rect: Rect) -> [(pane: Pane, text: String, columns: Range<Int>)] {
        let full = Pane.allCases.map { " " + model.title(of: $0) + " " }
        let named = Pane.allCases.map { $0 == focus ? full[$0.rawValue] : " \($0.rawValue + 1) \($0.title) " }
        let numbered = Pane.allCases.map { $0 == focus ? full[$0.rawValue] : " \($0.rawValue + 1) " }
        let texts = [full, named, numbered].first { $0.reduce(0) { $0 + DisplayWidth.of($1) } <= rect.width } ?? numbered
        var x = rect.x
        var tabs: [(Pane, String, Range<Int>)] = []
        for pane in Pane.allCases {
            let others = texts.enumerated().filter { $0.offset > pane.rawValue }.reduce(0) { $0 + DisplayWidth.of($1.element) }
            let room = max(0, rect.maxX - x - (pane == focus ? others : 0))
            let text = Text.truncate(texts[pane.rawValue], to: room, ellipsis: "…")
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
