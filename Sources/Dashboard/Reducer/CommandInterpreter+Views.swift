/// `:describe`, `:logs`, `:detail`, `:filter`, `:sort` and `:step`: the views and list arrangements
/// on the command line.
extension CommandInterpreter {
    /// Opens describe, logs or detail of NAME (a cluster, service, instance or task id prefix), or of
    /// the selection without one.
    func openView(_ action: Action, name: String?, selection: Subject?, state: inout AppState) -> [Effect] {
        let subject: Subject
        if let name {
            guard let found = resolve(name, state: &state) else { return [] }
            subject = found
        } else {
            guard let selection else { return fail("nothing selected; name a service, task or instance", &state) }
            subject = selection
        }
        guard let route = Route(action, subject: subject) else {
            return fail("logs belong to a task or a service, not \(subject.label)", &state)
        }
        state.open(route)
        return []
    }

    /// A cluster or service by name, else an instance or task by id prefix, in the selected cluster.
    private func resolve(_ name: String, state: inout AppState) -> Subject? {
        if model.snapshot.cluster(named: name) != nil { return .cluster(name) }
        guard let cluster = model.cluster else {
            _ = fail("no cluster selected", &state)
            return nil
        }
        let clusterName = cluster.cluster.name
        if cluster.service(named: name) != nil { return .service(cluster: clusterName, service: name) }
        let key = name.lowercased()
        let instances = cluster.instances.filter { $0.id.hasPrefix(key) || $0.ec2InstanceID.hasPrefix(key) }
        if instances.count == 1 { return .instance(cluster: clusterName, instance: instances[0].id) }
        // A task prefix: the scan stops at the second match.
        var found: [Task] = []
        for list in cluster.services.lazy.map(\.tasks) + [cluster.standaloneTasks] {
            for task in list where task.id.hasPrefix(key) {
                found.append(task)
                if found.count > 1 { break }
            }
            if found.count > 1 { break }
        }
        if found.count == 1, instances.isEmpty { return .task(cluster: clusterName, task: found[0].id) }
        _ = fail(found.count + instances.count > 1 ? "more than one match for '\(name)'; type more"
            : "no cluster, service, instance or task '\(name)' in \(clusterName)", &state)
        return nil
    }

    /// `filter TEXT` sets the focused pane's filter; `filter` alone clears it.
    func filter(_ arguments: [String], state: inout AppState) -> [Effect] {
        let text = arguments.joined(separator: " ")
        model.pinSelection(of: state.focus, state: &state)
        state.filters[state.focus] = text.isEmpty ? nil : text
        state.status = StatusMessage(text.isEmpty ? "filter cleared" : "filter /\(text) on \(state.focus.title)")
        return []
    }

    /// `sort COLUMN [asc|desc]` on the focused pane; `sort` alone goes back to the pane's own order.
    func sort(_ arguments: [String], state: inout AppState) -> [Effect] {
        guard let column = arguments.first else {
            state.sorts[state.focus] = nil
            state.status = StatusMessage("in the pane's own order")
            return []
        }
        let titles = model.rows(for: state.focus).base.columns.map(\.title)
        model.pinSelection(of: state.focus, state: &state)
        guard let title = titles.first(where: { $0.caseInsensitiveCompare(column) == .orderedSame }) else {
            return fail("\(state.focus.title) has no column \(column) (columns: \(titles.joined(separator: ", ")))", &state)
        }
        let direction = arguments.dropFirst().first?.lowercased()
        guard direction == nil || direction == "asc" || direction == "desc" else { return fail("usage: sort COLUMN [asc|desc]", &state) }
        state.sorts[state.focus] = SortOrder(column: title, ascending: direction != "desc")
        state.status = StatusMessage("sorted by \(title) \(direction == "desc" ? "descending" : "ascending")")
        return []
    }
}
