/// Keys while a describe, logs or detail view is open: scrolling, search, the log toggles, and
/// opening further views of the same subject.
extension Reducer {
    func reduceInView(_ action: Action, state: inout AppState) -> [Effect] {
        guard var entry = state.openView else { return [] }
        switch action {
        case .moveSelection(let movement):
            scroll(movement, entry: &entry, state: state)
        case .back, .historyBack:
            state.navigation.back()
            return []
        case .historyForward:
            if !state.navigation.goForward() { state.status = StatusMessage("no view to go forward to") }
            return []
        case .describe, .showLogs, .showDetail:
            return open(action, subject: entry.route.subject, state: &state)
        case .find:
            state.overlay = .searchInput("")
            return []
        case .findNext, .findPrevious:
            guard let term = entry.search, !term.isEmpty else { return refuse("nothing searched yet: / searches", &state) }
            let shown = viewport(entry, state: state).offset(for: entry)
            findMatch(of: term, forward: action == .findNext, from: shown + (action == .findNext ? 1 : -1),
                      entry: &entry, state: &state)
        case .toggleWrap:
            entry.wrap.toggle()
            state.status = StatusMessage(entry.wrap ? "wrapping long lines" : "cutting long lines")
        case .toggleFollow, .toggleTimestamps:
            guard entry.route.isLogs else { return refuse("\(label(of: action)) works in logs", &state) }
            if action == .toggleFollow {
                entry.follow.toggle()
                if !entry.follow { entry.offset = viewport(entry, state: state).bottomOffset }
                state.status = StatusMessage(entry.follow ? "following new lines" : "follow off")
            } else {
                entry.timestamps.toggle()
            }
        case .toggleHelp:
            state.overlay = .help(offset: 0)
            return []
        case .openCommandLine:
            state.historyCursor = nil
            state.overlay = .commandLine("")
            return []
        case .quit:
            state.isFinished = true
            return []
        default:
            return refuse("\(label(of: action)) works in the panes (Esc goes back)", &state)
        }
        state.navigation.top = entry
        return []
    }

    /// Opens describe, logs or detail of `subject`, or of the focused pane's selection.
    func open(_ action: Action, subject: Subject?, state: inout AppState) -> [Effect] {
        guard let subject = subject ?? selectedSubject(state: state) else {
            if state.focus == .instances, model.selectedIndex(in: .instances, state: state) != nil {
                return refuse("the FARGATE row is Fargate capacity, not an instance: Enter lists its tasks", &state)
            }
            return refuse("nothing selected in \(state.focus.title) to \(label(of: action))", &state)
        }
        guard let route = Route(action, subject: subject) else {
            return refuse("logs belong to a task or a service: select one", &state)
        }
        state.open(route)
        return []
    }

    /// What the focused pane has selected, as a view's subject.
    func selectedSubject(state: AppState) -> Subject? {
        guard let cluster = model.cluster?.cluster.name else { return nil }
        switch state.focus {
        case .clusters: return .cluster(cluster)
        case .services: return model.service.map { .service(cluster: cluster, service: $0.service.name) }
        case .tasks: return model.selectedTask(state: state).map { .task(cluster: cluster, task: $0.id) }
        case .instances: return model.selectedInstance(state: state).map { .instance(cluster: cluster, instance: $0.id) }
        case .events: return model.eventService(state: state).map { .service(cluster: cluster, service: $0) }
        }
    }

    // MARK: - Scrolling and search

    func viewport(_ entry: ViewEntry, state: AppState) -> DocumentViewport {
        let layout = DashboardLayout(width: state.screenWidth, height: state.screenHeight)
        let document = ViewContent.document(for: entry, model: model, state: state, width: layout.viewColumns)
        return DocumentViewport(document: document, rows: layout.viewRows, width: layout.viewColumns, wrap: entry.wrap)
    }

    private func scroll(_ movement: Action.Movement, entry: inout ViewEntry, state: AppState) {
        let viewport = viewport(entry, state: state)
        let current = viewport.offset(for: entry)
        let target = switch movement {
        case .up: current - 1
        case .down: current + 1
        case .pageUp: current - viewport.rows
        case .pageDown: current + viewport.rows
        case .top: 0
        case .bottom: viewport.bottomOffset
        }
        entry.offset = min(max(0, target), viewport.bottomOffset)
        // Logs follow again once scrolled to the newest line, and stop following when scrolled away.
        if entry.route.isLogs { entry.follow = entry.offset >= viewport.bottomOffset }
    }

    /// Moves to the next (or previous) line matching `term`, wrapping around the document.
    private func findMatch(of term: String, forward: Bool, from start: Int, entry: inout ViewEntry, state: inout AppState) {
        let viewport = viewport(entry, state: state)
        let matches = viewport.document.matches(of: term)
        guard !matches.isEmpty else {
            state.status = StatusMessage("no match for '\(term)'", isError: true)
            return
        }
        let next = forward ? matches.first { $0 >= start } ?? matches[0] : matches.last { $0 <= start } ?? matches[matches.count - 1]
        entry.offset = next
        if entry.route.isLogs { entry.follow = false }
        let position = matches.firstIndex(of: next)! + 1
        state.status = StatusMessage("/\(term): match \(position) of \(matches.count)")
    }

    func editSearch(_ text: String, key: Key, state: inout AppState) {
        switch key {
        case .escape:
            state.overlay = nil
        case .enter:
            state.overlay = nil
            guard var entry = state.openView else { return }
            entry.search = text.isEmpty ? nil : text
            if !text.isEmpty { findMatch(of: text, forward: true, from: viewport(entry, state: state).offset(for: entry), entry: &entry, state: &state) }
            state.navigation.top = entry
        case .backspace, .delete:
            state.overlay = text.isEmpty ? nil : .searchInput(String(text.dropLast()))
        case .character(let c):
            state.overlay = .searchInput(text + String(c))
        default:
            break
        }
    }
}
