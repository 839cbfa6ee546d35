import Foundation

/// Applies one key to the UI state against the current snapshot, returning the effects to carry out.
/// The only place where keys change state.
struct Reducer {
    let model: DashboardModel
    let keymap: Keymap
    let simulated: Bool
    /// For completing `:theme`.
    let themeNames: [String]

    init(snapshot: ControlPlaneSnapshot, state: AppState, keymap: Keymap, themeNames: [String] = [], cache: ArrangementCache? = nil) {
        model = DashboardModel(snapshot: snapshot, state: state, cache: cache)
        self.keymap = keymap
        self.themeNames = themeNames
        simulated = if case .simulation = snapshot.source { true } else { false }
    }

    func handle(_ key: Key, state: inout AppState) -> [Effect] {
        if case .mouse(let event) = key { return handleMouse(event, state: &state) }
        if key == .resize { return [] }
        // Nothing is shown on a too-small screen, so nothing may be acted on but quitting.
        if DashboardLayout(width: state.screenWidth, height: state.screenHeight).isTooSmall {
            if keymap.action(for: key) == .quit || isEmergencyQuit(key) { state.isFinished = true }
            return []
        }
        if let overlay = state.overlay { return handle(key, in: overlay, state: &state) }
        state.status = nil
        if isEmergencyQuit(key) {
            state.isFinished = true
            return []
        }
        guard let action = keymap.action(for: key) else {
            if case .character(let c) = key, !c.isWhitespace {
                state.status = StatusMessage("no action on '\(key.displayName)' (? lists keys)", isError: true)
            }
            return []
        }
        return reduce(action, state: &state)
    }

    /// Ctrl-C quits even when a keys file has taken it from `quit`, unless it gave it another action.
    private func isEmergencyQuit(_ key: Key) -> Bool {
        key == .control("c") && keymap.action(for: key) == nil
    }

    /// A key's or a click's action, named in refusals by its binding's label.
    func reduce(_ action: Action, state: inout AppState) -> [Effect] {
        perform(action, named: label(of: action), state: &state) { apply(action, state: &$0) }
    }

    /// The gate every action passes before it changes anything — a key, a click, a `:` verb (whose
    /// action its `CommandVerb` names), and so the confirmations and prompts those open. A refused action
    /// asks nothing and sends nothing; `nil` is a verb that only changes what is shown.
    func perform(
        _ action: Action?, named name: String, state: inout AppState, _ body: (inout AppState) -> [Effect]
    ) -> [Effect] {
        if let action, let refusal = ActionGate(readOnly: state.readOnly, simulated: simulated).refusal(of: action, named: name) {
            return refuse(refusal, &state)
        }
        return body(&state)
    }

    /// An admitted action.
    private func apply(_ action: Action, state: inout AppState) -> [Effect] {
        if action == .refresh {
            state.status = StatusMessage("refreshing")
            return [.refresh]
        }
        // Time control and faults mean the same in a view as on the panes; everything else is the view's.
        if state.openView != nil, !action.traits.contains(.simulationOnly) { return reduceInView(action, state: &state) }
        switch action {
        case .moveSelection(let movement):
            move(movement, state: &state)
        case .focusNext:
            focus(state.focus.next, state: &state)
        case .focusPrevious:
            focus(state.focus.previous, state: &state)
        case .focus(let pane):
            focus(pane, state: &state)
        case .drillIn:
            switch state.focus {
            case .clusters: focus(.services, state: &state)
            case .services: focus(.tasks, state: &state)
            case .instances:
                state.taskScope = .instance
                state.focus = .tasks
            case .tasks, .events: break
            }
        case .back:
            if clearMarksOrFilter(state: &state) { return [] }
            switch state.focus {
            case .tasks: focus(state.taskScope == .instance ? .instances : .services, state: &state)
            case .services, .instances: focus(.clusters, state: &state)
            case .events: focus(.services, state: &state)
            case .clusters: break
            }
        case .scaleService(let delta):
            guard let service = model.service, let cluster = model.cluster else { return refuse("no service selected", &state) }
            let desired = max(0, service.service.desiredCount + delta)
            state.status = StatusMessage("\(service.service.name): desired count \(service.service.desiredCount) → \(desired)")
            return [.command(.updateService(cluster: cluster.cluster.name, service: service.service.name, desiredCount: desired))]
        case .setDesiredCount:
            guard let service = model.service, let cluster = model.cluster else { return refuse("no service selected", &state) }
            state.overlay = .prompt(Prompt(
                question: "Desired count for \(service.service.name) (now \(service.service.desiredCount)):",
                text: "", purpose: .desiredCount(cluster: cluster.cluster.name, service: service.service.name)))
        case .killTask:
            return killTasks(state: &state)
        case .drainInstance:
            return drainInstances(state: &state)
        case .activateInstance:
            guard let instance = model.selectedInstance(state: state), let cluster = model.cluster else {
                return refuse("no instance selected", &state)
            }
            guard instance.status == .draining else {
                return refuse("\(instance.ec2InstanceID) is already \(instance.status.rawValue)", &state)
            }
            state.status = StatusMessage("activating \(instance.ec2InstanceID)")
            return [.command(.updateContainerInstancesState(
                cluster: cluster.cluster.name, containerInstances: [instance.id], status: .active))]
        case .openFaultMenu:
            // On the Events pane faults are the cluster's (zones); elsewhere the selection's or the view's.
            let subject = state.openView?.route.subject
                ?? (state.focus == .events ? model.cluster.map { .cluster($0.cluster.name) } : selectedSubject(state: state))
            guard let subject, let menu = FaultChoices(model: model).menu(for: subject) else {
                return refuse("no fault applies to the selection in \(state.focus.title)", &state)
            }
            state.overlay = .faultMenu(menu)
        case .togglePause:
            guard case .simulation(_, _, let paused, _) = model.snapshot.source else { return [] }
            state.status = StatusMessage(paused ? "running" : "paused")
            return [.command(.setPaused(!paused))]
        case .slower, .faster:
            guard case .simulation(_, let speed, _, _) = model.snapshot.source else { return [] }
            let next = Self.nextSpeed(from: speed, faster: action == .faster)
            state.status = StatusMessage("speed x\(HeaderBar.speedText(next))")
            return [.command(.setSpeed(next))]
        case .stepEvent:
            state.status = StatusMessage("paused; stepped to the next event")
            return [.command(.stepToNextEvent)]
        case .deploy, .setSpeed:
            // They need arguments only the command line takes: a key bound to one starts that line.
            state.historyCursor = nil
            state.overlay = .commandLine(action == .deploy ? "deploy " : "speed ")
        case .describe, .showLogs, .showDetail:
            return open(action, subject: nil, state: &state)
        case .historyBack:
            if !state.navigation.back() { state.status = StatusMessage("no view to go back to") }
        case .historyForward:
            if !state.navigation.goForward() { state.status = StatusMessage("no view to go forward to") }
        case .find:
            let current = state.filters[state.focus]
            state.overlay = .filterInput(text: current ?? "", previous: current)
        case .sortByNextColumn, .reverseSort:
            sort(action, state: &state)
        case .toggleMark:
            toggleMark(state: &state)
        case .findNext, .findPrevious, .toggleFollow, .toggleWrap, .toggleTimestamps:
            return refuse("\(label(of: action)) works in describe, logs and detail views", &state)
        case .refresh:
            break  // answered before the switch: the same in a view as on the panes
        case .toggleHelp:
            state.overlay = .help(offset: 0)
        case .openCommandLine:
            state.historyCursor = nil
            state.overlay = .commandLine("")
        case .quit:
            state.isFinished = true
        }
        return []
    }

    /// The speed steps `<` and `>` walk through.
    static let speeds: [Double] = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100]

    static func nextSpeed(from speed: Double, faster: Bool) -> Double {
        if faster { return speeds.first { $0 > speed + 1e-9 } ?? speeds.last! }
        return speeds.last { $0 < speed - 1e-9 } ?? speeds.first!
    }

    // MARK: - Overlays

    private func handle(_ key: Key, in overlay: Overlay, state: inout AppState) -> [Effect] {
        if key == .control("c") {
            state.isFinished = true
            return []
        }
        switch overlay {
        case .help(let offset):
            let lines = OverlayView.helpLines(keymap: keymap, readOnly: state.readOnly, simulated: simulated).count
            let visible = max(1, min(state.screenHeight - 2, lines + 2) - 2)
            let last = max(0, lines - visible)
            // The help scrolls with the keys that move a selection; anything else closes it.
            switch keymap.action(for: key) {
            case .moveSelection(.down): state.overlay = .help(offset: min(offset + 1, last))
            case .moveSelection(.up): state.overlay = .help(offset: max(0, offset - 1))
            case .moveSelection(.pageDown): state.overlay = .help(offset: min(offset + visible, last))
            case .moveSelection(.pageUp): state.overlay = .help(offset: max(0, offset - visible))
            case .moveSelection(.top): state.overlay = .help(offset: 0)
            case .moveSelection(.bottom): state.overlay = .help(offset: last)
            default: state.overlay = nil
            }
        case .confirmation(let confirmation):
            state.overlay = nil
            if key == .character("y") || key == .character("Y") {
                state.status = StatusMessage(confirmation.doneMessage)
                if let pane = confirmation.clearsMarksOf { state.marks[pane] = nil }
                if let pane = confirmation.movesSelectionOff {
                    // The stopped row moves to the bottom; the cursor stays where it was, on the next task.
                    state.selections[pane, default: PaneSelection()].id = nil
                }
                return confirmation.commands.map(Effect.command)
            }
            state.status = StatusMessage("cancelled")
        case .prompt(var prompt):
            switch key {
            case .escape:
                state.overlay = nil
                state.status = StatusMessage("cancelled")
            case .enter:
                state.overlay = nil
                return submit(prompt, state: &state)
            case .backspace, .delete:
                prompt.text = String(prompt.text.dropLast())
                state.overlay = .prompt(prompt)
            case .character(let c) where c.isASCII && c.isNumber && prompt.text.count < 6:
                prompt.text.append(c)
                state.overlay = .prompt(prompt)
            default:
                break
            }
        case .commandLine(let text):
            return editCommandLine(text, key: key, state: &state)
        case .filterInput(let text, let previous):
            editFilter(text, previous: previous, key: key, state: &state)
        case .searchInput(let text):
            editSearch(text, key: key, state: &state)
        case .faultMenu(var menu):
            switch key {
            case .down, .character("j"):
                menu.selected = min(menu.choices.count - 1, menu.selected + 1)
                state.overlay = .faultMenu(menu)
            case .up, .character("k"):
                menu.selected = max(0, menu.selected - 1)
                state.overlay = .faultMenu(menu)
            case .enter:
                state.overlay = .confirmation(menu.choices[menu.selected])
            case .character(let c) where c.wholeNumberValue.map({ (1...menu.choices.count).contains($0) }) == true:
                state.overlay = .confirmation(menu.choices[c.wholeNumberValue! - 1])
            default:
                state.overlay = nil
            }
        }
        return []
    }

    private func submit(_ prompt: Prompt, state: inout AppState) -> [Effect] {
        switch prompt.purpose {
        case .desiredCount(let cluster, let service):
            guard let count = Int(prompt.text) else { return refuse("desired count must be a whole number", &state) }
            state.status = StatusMessage("\(service): desired count → \(count)")
            return [.command(.updateService(cluster: cluster, service: service, desiredCount: count))]
        }
    }

    private func editCommandLine(_ text: String, key: Key, state: inout AppState) -> [Effect] {
        state.status = nil
        switch key {
        case .escape:
            state.overlay = nil
        case .enter:
            state.overlay = nil
            let line = text.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { return [] }
            if state.commandHistory.last != line { state.commandHistory.append(line) }
            let selection = state.openView?.route.subject ?? selectedSubject(state: state)
            let interpreter = CommandInterpreter(model: model, selection: selection)
            // Refused by what the verb is, as typed, before any dialog opens.
            let typed = line.prefix { $0 != " " }.lowercased()
            return perform(CommandInterpreter.verb(of: line)?.action, named: typed, state: &state) {
                interpreter.run(line, state: &$0)
            }
        case .backspace, .delete:
            state.overlay = text.isEmpty ? nil : .commandLine(String(text.dropLast()))
        case .up:
            // A cursor into the history, so entries typed twice do not trap ↑ between them.
            let position = (state.historyCursor ?? state.commandHistory.count) - 1
            guard position >= 0 else { break }
            state.historyCursor = position
            state.overlay = .commandLine(state.commandHistory[position])
        case .down:
            guard let cursor = state.historyCursor else { break }
            if cursor + 1 < state.commandHistory.count {
                state.historyCursor = cursor + 1
                state.overlay = .commandLine(state.commandHistory[cursor + 1])
            } else {
                state.historyCursor = nil
                state.overlay = .commandLine("")
            }
        case .tab:
            let completion = CommandCompletion(model: model, focus: state.focus, themeNames: themeNames).complete(text)
            state.overlay = .commandLine(completion.text)
            if !completion.candidates.isEmpty { state.status = StatusMessage(completion.candidates.joined(separator: "  ")) }
        case .character(let c):
            state.overlay = .commandLine(text + String(c))
        default:
            break
        }
        return []
    }

    // MARK: - Selection and focus

    func move(_ movement: Action.Movement, state: inout AppState) {
        let pane = state.focus
        let rows = model.rows(for: pane)
        guard rows.count > 0 else { return }
        let current = model.selectedIndex(in: pane, state: state) ?? 0
        let page = model.layout(width: state.screenWidth, height: state.screenHeight, focus: pane).visibleRows(in: pane)
        let target = switch movement {
        case .up: current - 1
        case .down: current + 1
        case .pageUp: current - page
        case .pageDown: current + page
        case .top: 0
        case .bottom: rows.count - 1
        }
        let index = min(max(0, target), rows.count - 1)
        var selection = state.selection(of: pane)
        selection.offset = selection.visibleOffset(selected: index, rows: page, count: rows.count)
        selection.index = index
        selection.id = rows.id(at: index)
        state.selections[pane] = selection
    }

    func focus(_ pane: Pane, state: inout AppState) {
        state.focus = pane
        if pane == .services { state.taskScope = .service }
        if pane == .instances { state.taskScope = .instance }
    }

    func label(of action: Action) -> String {
        keymap.bindings.first { $0.action == action }?.label ?? "that"
    }

    func refuse(_ message: String, _ state: inout AppState) -> [Effect] {
        state.status = StatusMessage(message, isError: true)
        return []
    }
}
