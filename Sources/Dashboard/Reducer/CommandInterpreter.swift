/// Turns a `:` command line (`scale web 8`, `kill 3f9a`, `drain i-0a1b` …) into effects and state
/// changes, resolving names and id prefixes against what is on screen. It runs only once the verb's
/// action has passed the gate (`Reducer.perform`), so it never checks the mode itself.
struct CommandInterpreter {
    let model: DashboardModel
    /// What the focused pane has selected, for `describe` and friends without a name.
    var selection: Subject? = nil

    /// The verb `line` starts with, if it is one.
    static func verb(of line: String) -> CommandVerb? {
        line.split(separator: " ").first.flatMap { CommandVerb.named(String($0)) }
    }

    func run(_ line: String, state: inout AppState) -> [Effect] {
        let words = line.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let arguments = Array(words.dropFirst())
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
        case ("deploy", 2):
            return deploy(service: arguments[0], revision: arguments[1], state: &state)
        case ("redeploy", 1):
            guard let cluster = model.cluster, cluster.service(named: arguments[0]) != nil else {
                return fail("ServiceNotFoundException: no service \(arguments[0])", &state)
            }
            state.status = StatusMessage("\(arguments[0]): new deployment")
            return [.command(.updateService(ServiceUpdate(
                cluster: cluster.cluster.name, service: arguments[0], forceNewDeployment: true)))]
        case ("describe", 0...1):
            return openView(.describe, name: arguments.first, selection: selection, state: &state)
        case ("logs", 0...1):
            return openView(.showLogs, name: arguments.first, selection: selection, state: &state)
        case ("detail", 0...1):
            return openView(.showDetail, name: arguments.first, selection: selection, state: &state)
        case ("filter", _):
            return filter(arguments, state: &state)
        case ("sort", 0...2):
            return sort(arguments, state: &state)
        case ("step", 0):
            state.status = StatusMessage("paused; stepped to the next event")
            return [.command(.stepToNextEvent)]
        case ("fault", 2...3):
            return fault(arguments, state: &state)
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
            if let known = CommandVerb.named(verb) { return fail("usage: \(known.usage)", &state) }
            return fail("unknown command '\(verb)' (try :help)", &state)
        }
    }

    /// The command line's verbs as the help lists them.
    static func helpLines(simulated: Bool) -> [String] {
        var lines = [
            "Commands (:)",
            "  scale SERVICE N · kill TASK · drain INSTANCE · activate INSTANCE · deploy SERVICE REVISION",
            "  redeploy SERVICE · describe [NAME] · logs [TASK|SERVICE] · detail [NAME] · filter TEXT · sort COLUMN",
            "  cluster NAME · theme NAME · help · quit",
        ]
        if simulated {
            lines.append("  speed X · pause · resume · step")
            lines.append("  fault crash|oom TASK · fault unhealthy SERVICE [5m|off] · fault terminate INSTANCE")
            lines.append("  fault disconnect|reconnect INSTANCE · fault az|restore-az ZONE")
        }
        return lines
    }

    private func scale(service name: String, count text: String, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        guard let count = Int(text), count >= 0 else {
            return fail("scale takes a whole number of tasks from 0, e.g. scale \(name) 4", &state)
        }
        guard let service = cluster.service(named: name) else {
            return fail("ServiceNotFoundException: no service \(name) in \(cluster.cluster.name)", &state)
        }
        state.status = StatusMessage("\(name): desired count \(service.service.desiredCount) → \(count)")
        return [.command(.updateService(cluster: cluster.cluster.name, service: name, desiredCount: count))]
    }

    private func kill(prefix: String, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        guard let task = runningTask(prefix, in: cluster, state: &state) else { return [] }
        return confirm(
            "Stop task \(task.id.prefix(12))…?", .stopTask(cluster: cluster.cluster.name, task: task.id, reason: "Task stopped by user"),
            done: "stopping task \(task.id.prefix(8))", state: &state)
    }

    private func setInstanceState(prefix: String, draining: Bool, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        guard let instance = instance(prefix, in: cluster, state: &state) else { return [] }
        // The same checks as D and A, so the command line never asks what the keys would refuse.
        if draining, instance.status != .active {
            return fail("\(instance.ec2InstanceID) is \(instance.status.rawValue); only ACTIVE instances can drain", &state)
        }
        if !draining, instance.status != .draining {
            return fail("\(instance.ec2InstanceID) is already \(instance.status.rawValue)", &state)
        }
        let command = ControlPlaneCommand.updateContainerInstancesState(
            cluster: cluster.cluster.name, containerInstances: [instance.id], status: draining ? .draining : .active)
        guard draining else {
            state.status = StatusMessage("activating \(instance.ec2InstanceID)")
            return [.command(command)]
        }
        return confirm("Drain \(instance.ec2InstanceID)?", command, done: "draining \(instance.ec2InstanceID)", state: &state)
    }

    /// `deploy api 13` or `deploy api api:13`: UpdateService with that task definition.
    private func deploy(service name: String, revision: String, state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        guard let service = cluster.service(named: name) else {
            return fail("ServiceNotFoundException: no service \(name) in \(cluster.cluster.name)", &state)
        }
        let family = service.service.taskDefinitionARN.arnResourceID.split(separator: ":").first.map(String.init) ?? name
        let taskDefinition = Int(revision) != nil ? "\(family):\(revision)" : revision
        state.status = StatusMessage("\(name): deploying \(taskDefinition)")
        return [.command(.updateService(ServiceUpdate(cluster: cluster.cluster.name, service: name, taskDefinition: taskDefinition)))]
    }

    private func fault(_ arguments: [String], state: inout AppState) -> [Effect] {
        guard let cluster = model.cluster else { return fail("no cluster selected", &state) }
        let name = cluster.cluster.name
        let kind = arguments[0].lowercased(), target = arguments[1]
        let fault: Fault
        switch (kind, arguments.count) {
        case ("crash", 2), ("oom", 2):
            guard let task = runningTask(target, in: cluster, state: &state) else { return [] }
            fault = kind == "crash" ? .crashTask(cluster: name, task: task.id) : .outOfMemory(cluster: name, task: task.id)
        case ("unhealthy", 2), ("unhealthy", 3):
            guard cluster.service(named: target) != nil else { return fail("ServiceNotFoundException: no service \(target)", &state) }
            var duration: Duration?
            if arguments.count == 3 {
                if arguments[2] == "off" {
                    duration = .zero
                } else {
                    guard let parsed = try? DurationText.parse(arguments[2]) else {
                        return fail("fault unhealthy takes a duration such as 5m, or off", &state)
                    }
                    duration = parsed
                }
            }
            fault = .failHealthChecks(cluster: name, service: target, duration: duration)
        case ("terminate", 2), ("disconnect", 2), ("reconnect", 2):
            guard let instance = instance(target, in: cluster, state: &state) else { return [] }
            fault = kind == "terminate" ? .terminateInstance(cluster: name, instance: instance.id)
                : kind == "disconnect" ? .disconnectAgent(cluster: name, instance: instance.id)
                : .reconnectAgent(cluster: name, instance: instance.id)
        case ("az", 2), ("restore-az", 2):
            guard cluster.instances.contains(where: { $0.availabilityZone == target }) else {
                return fail("no instance of \(name) is in \(target)", &state)
            }
            fault = kind == "az" ? .loseAvailabilityZone(cluster: name, zone: target) : .restoreAvailabilityZone(cluster: name, zone: target)
        default:
            return fail("usage: \(CommandVerb.named("fault")?.usage ?? "fault")", &state)
        }
        let line = arguments.joined(separator: " ")
        return confirm("Inject fault '\(line)'?", .injectFault(fault), done: "fault: \(line)", state: &state)
    }

    /// Dangerous commands typed on the command line ask for `y` just as their keys do.
    private func confirm(_ question: String, _ command: ControlPlaneCommand, done: String, state: inout AppState) -> [Effect] {
        state.overlay = .confirmation(Confirmation(question: question, commands: [command], doneMessage: done))
        return []
    }

    /// The one task meant to run whose id starts with `prefix`, or nil with the reason on the status line.
    private func runningTask(_ prefix: String, in cluster: ClusterSnapshot, state: inout AppState) -> Task? {
        let matches = cluster.allTasks.filter { $0.id.hasPrefix(prefix.lowercased()) && $0.desiredStatus != .stopped }
        guard matches.count == 1 else {
            _ = fail(matches.isEmpty ? "no running task starts with \(prefix)" : "\(matches.count) tasks start with \(prefix); type more", &state)
            return nil
        }
        return matches[0]
    }

    /// The one instance whose container instance id or EC2 id starts with `prefix`.
    private func instance(_ prefix: String, in cluster: ClusterSnapshot, state: inout AppState) -> ContainerInstance? {
        let key = prefix.lowercased()
        let matches = cluster.instances.filter { $0.id.hasPrefix(key) || $0.ec2InstanceID.hasPrefix(key) }
        guard matches.count == 1 else {
            _ = fail(matches.isEmpty ? "no instance starts with \(prefix)" : "\(matches.count) instances start with \(prefix); type more", &state)
            return nil
        }
        return matches[0]
    }

    func fail(_ message: String, _ state: inout AppState) -> [Effect] {
        state.status = StatusMessage(message, isError: true)
        return []
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
