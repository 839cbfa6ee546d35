/// Keys that arrange a pane: filter, sort and marks.
extension Reducer {
    /// Esc on a pane first lets go of its marks, then of its filter; true when it did either.
    func clearMarksOrFilter(state: inout AppState) -> Bool {
        let pane = state.focus
        if let marks = state.marks[pane], !marks.isEmpty {
            state.marks[pane] = nil
            state.status = StatusMessage("marks cleared")
            return true
        }
        if state.filters[pane] != nil {
            state.filters[pane] = nil
            state.status = StatusMessage("filter cleared")
            return true
        }
        return false
    }

    /// `o` sorts by the next column (after the last one, back to the pane's own order); `O` reverses.
    func sort(_ action: Action, state: inout AppState) {
        let pane = state.focus
        let titles = visibleColumnTitles(of: pane, state: state)
        model.pinSelection(of: pane, state: &state)
        var order = state.sorts[pane]
        if action == .reverseSort {
            guard var current = order else {
                state.status = StatusMessage("not sorted yet: o sorts by a column", isError: true)
                return
            }
            current.ascending.toggle()
            order = current
        } else {
            let next = order.flatMap { titles.firstIndex(of: $0.column) }.map { $0 + 1 } ?? 0
            order = next < titles.count ? SortOrder(column: titles[next]) : nil
        }
        state.sorts[pane] = order
        state.status = StatusMessage(order.map { "sorted by \($0.column) \($0.ascending ? "ascending" : "descending")" }
            ?? "in the pane's own order")
    }

    /// `v` marks the selected task or instance (or unmarks it) and moves down, as k9s does.
    func toggleMark(state: inout AppState) {
        let pane = state.focus
        if pane == .instances, model.selectedIndex(in: pane, state: state) != nil, model.selectedInstance(state: state) == nil {
            state.status = StatusMessage("the FARGATE row is not an instance: it cannot be drained", isError: true)
            return
        }
        guard pane == .tasks || pane == .instances else {
            state.status = StatusMessage("marks are for tasks (bulk kill) and instances (bulk drain)", isError: true)
            return
        }
        let rows = model.rows(for: pane)
        guard let index = model.selectedIndex(in: pane, state: state) else { return }
        let id = rows.id(at: index)
        var marks = state.marks[pane] ?? []
        if marks.remove(id) == nil { marks.insert(id) }
        state.marks[pane] = marks.isEmpty ? nil : marks
        state.status = StatusMessage("\(marks.count) marked")
        move(.down, state: &state)
    }

    /// Typing a filter: applied as it is typed; Enter keeps it, Esc puts the previous one back.
    func editFilter(_ text: String, previous: String?, key: Key, state: inout AppState) {
        let pane = state.focus
        model.pinSelection(of: pane, state: &state)
        switch key {
        case .escape:
            state.overlay = nil
            state.filters[pane] = previous
        case .enter:
            state.overlay = nil
            state.filters[pane] = text.isEmpty ? nil : text
            if !text.isEmpty {
                let count = DashboardModel(snapshot: model.snapshot, state: state).rows(for: pane).count
                state.status = StatusMessage("filter /\(text): \(count) \(count == 1 ? "row" : "rows")")
            }
        case .backspace, .delete:
            let shorter = String(text.dropLast())
            state.overlay = .filterInput(text: shorter, previous: previous)
            state.filters[pane] = shorter.isEmpty ? nil : shorter
        case .character(let c):
            state.overlay = .filterInput(text: text + String(c), previous: previous)
            state.filters[pane] = text + String(c)
        default:
            break
        }
        // The cursor stays on its row if it still shows, else lands on the first.
        if var selection = state.selections[pane] {
            selection.offset = 0
            selection.index = 0
            state.selections[pane] = selection
        }
    }

    /// The titles of the columns the focused pane shows at this size: `o` and `:sort` skip the ones
    /// a narrow pane leaves out.
    func visibleColumnTitles(of pane: Pane, state: AppState) -> [String] {
        let columns = model.rows(for: pane).base.columns
        let layout = model.layout(width: state.screenWidth, height: state.screenHeight, focus: state.focus)
        guard let rect = layout.panes[pane] else { return columns.map(\.title) }
        return Table.fit(columns, into: rect.width - 4).0.map(\.title)
    }
}
