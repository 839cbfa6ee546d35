/// Kill and drain: of the selected row, or of every marked row at once after one confirmation.
extension Reducer {
    func killTasks(state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster?.cluster.name else { return refuse("no task selected", &state) }
        if let marked = listedMarks(.tasks, state: &state) {
            let tasks = marked.ids.compactMap { model.task(withID: $0) }.filter { $0.desiredStatus != .stopped }
            guard !tasks.isEmpty else { return refuse("the marked tasks are already stopping", &state) }
            state.overlay = .confirmation(Confirmation(
                question: "Stop \(tasks.count) marked \(tasks.count == 1 ? "task" : "tasks")\(marked.hiddenNote)?",
                commands: tasks.map { .stopTask(cluster: cluster, task: $0.id, reason: "Task stopped by user") },
                doneMessage: "stopping \(tasks.count) \(tasks.count == 1 ? "task" : "tasks")", clearsMarksOf: .tasks))
            return []
        }
        guard let task = model.selectedTask(state: state) else { return refuse("no task selected", &state) }
        guard task.desiredStatus != .stopped else { return refuse("task \(task.id.prefix(8)) is already stopping", &state) }
        let owner = task.serviceName.map { "service \($0)" } ?? task.group
        state.overlay = .confirmation(Confirmation(
            question: "Stop task \(task.id.prefix(12))… of \(owner)?",
            commands: [.stopTask(cluster: cluster, task: task.id, reason: "Task stopped by user")],
            doneMessage: "stopping task \(task.id.prefix(8))", movesSelectionOff: .tasks))
        return []
    }

    func drainInstances(state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return refuse("no instance selected", &state) }
        let name = cluster.cluster.name
        if let marked = listedMarks(.instances, state: &state) {
            let ids = Set(marked.ids)
            let instances = cluster.instances.filter { ids.contains($0.id) && $0.status == .active }
            guard !instances.isEmpty else { return refuse("none of the marked instances is ACTIVE", &state) }
            let one = instances.count == 1
            state.overlay = .confirmation(Confirmation(
                question: "Drain \(instances.count) marked \(one ? "instance" : "instances")\(marked.hiddenNote)? "
                    + "\(one ? "Its" : "Their") service tasks move to other instances.",
                commands: [.updateContainerInstancesState(cluster: name, containerInstances: instances.map(\.id), status: .draining)],
                doneMessage: "draining \(instances.count) \(instances.count == 1 ? "instance" : "instances")",
                clearsMarksOf: .instances))
            return []
        }
        guard let instance = model.selectedInstance(state: state) else { return refuse("no instance selected", &state) }
        guard instance.status == .active else {
            return refuse("\(instance.ec2InstanceID) is \(instance.status.rawValue); only ACTIVE instances can drain", &state)
        }
        state.overlay = .confirmation(Confirmation(
            question: "Drain \(instance.ec2InstanceID)? Its service tasks move to other instances.",
            commands: [.updateContainerInstancesState(cluster: name, containerInstances: [instance.id], status: .draining)],
            doneMessage: "draining \(instance.ec2InstanceID)"))
        return []
    }

    /// The marked rows the pane still has, in its own order, including those its filter hides (the
    /// question says how many). Marks of rows the pane no longer has (another service, a stopped task
    /// gone) are dropped; nil when none is left, so K and D act on the selected row.
    private func listedMarks(_ pane: Pane, state: inout AppState) -> (ids: [String], hiddenNote: String)? {
        guard let marked = state.marks[pane], !marked.isEmpty else { return nil }
        let rows = model.rows(for: pane)
        let listed = (0..<rows.base.count).lazy.map(rows.base.id(at:)).filter(marked.contains)
        guard !listed.isEmpty else {
            state.marks[pane] = nil
            return nil
        }
        let shown = Set((0..<rows.count).lazy.map(rows.id(at:)).filter(marked.contains))
        let hidden = listed.count - shown.count
        return (Array(listed), hidden > 0 ? " (\(hidden) hidden by the filter)" : "")
    }
}
