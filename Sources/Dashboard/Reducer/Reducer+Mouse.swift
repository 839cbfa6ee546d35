/// The mouse (with `--mouse`): a click focuses the pane under it and selects the row clicked; the wheel
/// moves the selection of the pane under the pointer, or scrolls the open view.
extension Reducer {
    func handleMouse(_ event: MouseEvent, state: inout AppState) -> [Effect] {
        let layout = model.layout(width: state.screenWidth, height: state.screenHeight, focus: state.focus)
        guard !layout.isTooSmall else { return [] }
        if let overlay = state.overlay {
            // The help and the fault menu scroll with the wheel as with ↑ ↓; a click leaves dialogs alone,
            // so that a stray click never confirms or cancels anything.
            switch (overlay, event.kind) {
            case (.help, .wheelUp), (.faultMenu, .wheelUp): return handle(.up, state: &state)
            case (.help, .wheelDown), (.faultMenu, .wheelDown): return handle(.down, state: &state)
            default: return []
            }
        }
        if state.openView != nil {
            switch event.kind {
            case .wheelUp: return reduce(.moveSelection(.up), state: &state)
            case .wheelDown: return reduce(.moveSelection(.down), state: &state)
            case .click: return []
            }
        }
        // On a small screen a click on a tab shows that pane.
        if let bar = layout.tabBar, event.kind == .click, Self.rect(bar, contains: event) {
            if let tab = PaneTabs(model: model, focus: state.focus).tabs(in: bar).first(where: { $0.columns.contains(event.x) }) {
                focus(tab.pane, state: &state)
            }
            return []
        }
        guard let (pane, rect) = layout.panes.first(where: { Self.rect($0.value, contains: event) }) else {
            return []
        }
        switch event.kind {
        case .click:
            state.status = nil
            focus(pane, state: &state)
            select(rowAt: event.y, in: pane, rect: rect, layout: layout, state: &state)
        case .wheelUp, .wheelDown:
            // The pane under the pointer scrolls; focus stays where the keyboard left it.
            let focused = state.focus
            state.focus = pane
            move(event.kind == .wheelUp ? .up : .down, state: &state)
            state.focus = focused
        }
        return []
    }

    /// Selects the row drawn at screen row `y`: the table starts below the border and the column titles,
    /// scrolled as `DashboardScreen` scrolls it.
    private func select(rowAt y: Int, in pane: Pane, rect: Rect, layout: DashboardLayout, state: inout AppState) {
        let line = y - (rect.y + 2)
        let visible = layout.visibleRows(in: pane)
        guard line >= 0, line < visible else { return }
        let rows = model.rows(for: pane)
        var selection = state.selection(of: pane)
        let offset = selection.visibleOffset(
            selected: model.selectedIndex(in: pane, state: state) ?? 0, rows: visible, count: rows.count)
        let index = offset + line
        guard index < rows.count else { return }
        selection.offset = offset
        selection.index = index
        selection.id = rows.id(at: index)
        state.selections[pane] = selection
    }

    private static func rect(_ rect: Rect, contains event: MouseEvent) -> Bool {
        (rect.x..<rect.maxX).contains(event.x) && (rect.y..<rect.maxY).contains(event.y)
    }
}
