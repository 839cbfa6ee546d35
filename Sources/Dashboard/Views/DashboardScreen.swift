/// Renders a whole frame from a snapshot and the UI state: a pure function, so every screen can be
/// tested without a terminal.
public struct DashboardScreen {
    public var state: AppState
    public var keymap: Keymap
    public var theme: Theme
    public var cache: ArrangementCache?

    public init(state: AppState, keymap: Keymap, theme: Theme, cache: ArrangementCache? = nil) {
        self.state = state
        self.keymap = keymap
        self.theme = theme
        self.cache = cache
    }

    public func render(_ snapshot: ControlPlaneSnapshot, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let glyphs = state.glyphs
        if DashboardLayout(width: width, height: height).isTooSmall {
            drawTooSmall(width: width, height: height, buffer: &buffer)
            if glyphs == .ascii { buffer.transliterateToASCII() }
            return buffer
        }
        let model = DashboardModel(snapshot: snapshot, state: state, cache: cache)
        let layout = model.layout(width: width, height: height, focus: state.focus)
        let simulated = if case .simulation = snapshot.source { true } else { false }
        HeaderBar(model: model).draw(in: layout.header, buffer: &buffer, theme: theme, glyphs: glyphs)
        if let entry = state.openView {
            let document = ViewContent.document(for: entry, model: model, state: state, width: layout.viewColumns)
            let crumbs = state.navigation.breadcrumbs { subject in
                guard case .instance(let clusterName, let id) = subject,
                      let instance = snapshot.cluster(named: clusterName)?.instances.first(where: { $0.id == id }) else { return subject.label }
                return "instance \(instance.ec2InstanceID)"
            }
            DocumentView(document: document, entry: entry, breadcrumbs: crumbs)
                .draw(in: layout.body, buffer: &buffer, theme: theme, glyphs: glyphs)
        } else {
            drawPanes(model: model, layout: layout, buffer: &buffer)
        }
        FooterBar(state: state, keymap: keymap, simulated: simulated)
            .draw(in: layout.footer, buffer: &buffer, theme: theme, glyphs: glyphs)
        if let overlay = state.overlay {
            OverlayView(overlay: overlay, keymap: keymap, state: state, simulated: simulated)
                .draw(in: buffer.bounds, buffer: &buffer, theme: theme, glyphs: glyphs)
        }
        if glyphs == .ascii { buffer.transliterateToASCII() }
        return buffer
    }

    private func drawPanes(model: DashboardModel, layout: DashboardLayout, buffer: inout CellBuffer) {
        let glyphs = state.glyphs
        if let bar = layout.tabBar { PaneTabs(model: model, focus: state.focus).draw(in: bar, buffer: &buffer, theme: theme) }
        for pane in Pane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            let focused = state.focus == pane
            let inside = Box(title: model.title(of: pane), isFocused: focused)
                .draw(in: rect, buffer: &buffer, theme: theme, glyphs: glyphs)
            let rows = model.rows(for: pane)
            let selected = model.selectedIndex(in: pane, state: state)
            let offset = state.selection(of: pane).visibleOffset(
                selected: selected ?? 0, rows: layout.visibleRows(in: pane), count: rows.count)
            Table(rows: rows, selected: selected, offset: offset, isFocused: focused, marked: state.marks[pane] ?? [])
                .draw(in: inside, buffer: &buffer, theme: theme, glyphs: glyphs)
        }
    }

    private func drawTooSmall(width: Int, height: Int, buffer: inout CellBuffer) {
        let lines = [
            "Terminal too small: \(width)x\(height)",
            "ecstop needs at least \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight)",
            "q quits",
        ]
        for (row, line) in lines.enumerated() {
            let y = height / 2 - 1 + row
            let x = max(0, (width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: y, style: theme[row == 0 ? .error : .row])
        }
    }
}
