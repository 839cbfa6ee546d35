/// Turns a `:` command line (`scale web 8`, `kill 3f9a`, `drain i-0a1b` …) into effects and state
/// changes, resolving names and id prefixes against what is on screen.
struct CommandInterpreter {
    let model: DashboardModel
    let simulated: Bool

    static let verbs = ["scale", "kill", "drain", "activate", "cluster", "theme", "speed", "pause", "resume", "help", "quit"]

    func run(_ line: String, state: inout AppState) -> [Effect] {
        let words = line.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let arguments = Array(words.dropFirst())
        let mutating: Set = ["scale", "kill", "drain", "activate"]
        if state.readOnly, mutating.contains(verb) {
            return fail("read-only: '\(verb)' is disabled", &state)
        }
        if !simulated, ["speed", "pause", "resume"].contains(verb) {
            return fail("'\(verb)' only applies to the simulation", &state)
        }
        switch (verb, arguments.count) {
        case ("q", 0), ("quit", 0), ("q!", 0):
            state.isFinished = true
            return []
        case ("help", 0):
            state.overlay = .help(offset: 0)
            return []
        case ("scale", 2):
            return scale(service: arguments[0], count: arguments[1], state: &state)
        case ("kill", 1):
            return kill(prefix: arguments[0], state: &state)
        case ("drain", 1), ("activate", 1):
            return setInstanceState(prefix: arguments[0], draining: verb == "drain", state: &state)
        case ("cluster", 1):
            guard model.snapshot.cluster(named: arguments[0]) != nil else {
                return fail("ClusterNotFoundException: no cluster named \(arguments[0])", &state)
            }
            state.selections[.clusters] = PaneSelection(id: arguments[0])
            state.status = StatusMessage("cluster \(arguments[0])")
            return []
        case ("theme", 1):
            return [.loadTheme(arguments[0])]
        case ("speed", 1):
            guard let speed = Double(arguments[0].trimmingSuffix("x")) else { return fail("speed takes a number, e.g. speed 10", &state) }
            state.status = StatusMessage("speed x\(HeaderBar.speedText(speed))")
            return [.command(.setSpeed(speed))]
        case ("pause", 0), ("resume", 0):
            state.status = StatusMessage(verb == "pause" ? "paused" : "running")
            return [.command(.setPaused(verb == "pause"))]
        default:
            if Self.verbs.contains(verb) || ["q", "q!"].contains(verb) {
                return fail("usage: \(Self.usage[verb] ?? verb)", &state)
            }
            return fail("unknown command '\(verb)' (try :help)", &state)
        }
    }

    static let usage = [
        "scale": "scale SERVICE COUNT", "kill": "kill TASK-ID-PREFIX", "drain": "drain INSTANCE-PREFIX",
        "activate": "activate INSTANCE-PREFIX", "cluster": "cluster NAME", "theme": "theme NAME", "speed": "speed X",
        "pause": "pause", "resume": "resume", "help": "help", "quit": "quit",
    ]

    private func scale(service name: String, count text: String, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        guard let count = Int(text), count >= 0 else {
            return fail("InvalidParameterException: desired count must be a whole number ≥ 0", &state)
        }
        guard let service = cluster.service(named: name) else {
            return fail("ServiceNotFoundException: no service \(name) in \(cluster.cluster.name)", &state)
        }
        state.status = StatusMessage("\(name): desired count \(service.service.desiredCount) → \(count)")
        return [.command(.updateService(cluster: cluster.cluster.name, service: name, desiredCount: count))]
    }

    private func kill(prefix: String, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        let matches = cluster.allTasks.filter { $0.id.hasPrefix(prefix.lowercased()) && $0.desiredStatus != .stopped }
        guard matches.count == 1, let task = matches.first else {
            return fail(matches.isEmpty ? "no running task starts with \(prefix)" : "\(matches.count) tasks start with \(prefix); type more", &state)
        }
        state.status = StatusMessage("stopping task \(task.id.prefix(8))")
        return [.command(.stopTask(cluster: cluster.cluster.name, task: task.id, reason: "Task stopped by user"))]
    }

    private func setInstanceState(prefix: String, draining: Bool, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        let key = prefix.lowercased()
        let matches = cluster.instances.filter { $0.id.hasPrefix(key) || $0.ec2InstanceID.hasPrefix(key) }
        guard matches.count == 1, let instance = matches.first else {
            return fail(matches.isEmpty ? "no instance starts with \(prefix)" : "\(matches.count) instances start with \(prefix); type more", &state)
        }
        state.status = StatusMessage("\(draining ? "draining" : "activating") \(instance.ec2InstanceID)")
        return [.command(.updateContainerInstancesState(
            cluster: cluster.cluster.name, containerInstances: [instance.id], status: draining ? .draining : .active))]
    }

    private func fail(_ message: String, _ state: inout AppState) -> [Effect] {
        state.status = StatusMessage(message, isError: true)
        return []
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
