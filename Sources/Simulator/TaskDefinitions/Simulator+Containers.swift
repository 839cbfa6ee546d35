/// What happens to a task's containers one by one: a crash hits one container (an essential one stops
/// the task, a non-essential one only stops itself), and containers that run to completion exit 0 about
/// a minute after the task starts running.
extension Simulator {
    /// Of crashes in tasks that have both kinds of container still running, the share that hits a
    /// non-essential one (a sidecar), so both outcomes show up on the dashboard.
    static let nonEssentialCrashShare = 0.3
    /// How long a container that runs to completion works before it exits 0.
    static let jobRunTime = 50.0...70.0

    /// Crashes one running container of a RUNNING task (exit 1, or 137 when out of memory).
    func crashContainer(of id: String, outOfMemory: Bool) {
        guard let location = taskLocations[id] else { return }
        let containers = self[task: location.key].containers
        let running = containers.indices.filter { containers[$0].lastStatus == .running }
        let essentials = running.filter { containers[$0].essential }
        let sidecars = running.filter { !containers[$0].essential }
        let hitsSidecar = !sidecars.isEmpty && (essentials.isEmpty || generator.chance(Self.nonEssentialCrashShare))
        let crashed: Int
        if hitsSidecar {
            crashed = sidecars[generator.index(below: sidecars.count)]
        } else {
            crashed = essentials.isEmpty ? 0 : essentials[generator.index(below: essentials.count)]
        }
        crash(id, container: crashed, outOfMemory: outOfMemory)
    }

    /// Called when a task reaches RUNNING: containers that run to completion get their exit scheduled.
    func scheduleExitsOfRunToCompletionContainers(_ id: String, at location: TaskLocation) {
        guard let definition = taskDefinition(of: self[task: location.key]),
              definition.containerDefinitions.contains(where: \.runsToCompletion) else { return }
        schedule(.containerExit(taskID: id), after: .seconds(in: Self.jobRunTime, using: &generator))
    }

    /// The task's containers that run to completion exit 0; if one of them is essential, ECS stops the task.
    func finishContainers(of id: String) {
        guard let location = taskLocations[id] else { return }
        let current = self[task: location.key]
        guard current.lastStatus == .running, current.desiredStatus == .running,
              let definition = taskDefinition(of: current) else { return }
        var essentialExited = false
        modifyTask(location.key) { task in
            for (k, container) in definition.containerDefinitions.enumerated()
            where container.runsToCompletion && k < task.containers.count && task.containers[k].lastStatus == .running {
                task.containers[k].lastStatus = .stopped
                task.containers[k].exitCode = 0
                essentialExited = essentialExited || container.essential
            }
        }
        if essentialExited {
            requestStop(id, code: .essentialContainerExited, reason: "Essential container in task exited")
        }
    }

    /// The definition a task was started from.
    func taskDefinition(of task: Task) -> TaskDefinition? { taskDefinitions[task.taskDefinitionReference] }
}
