/// Container crashes as a Poisson process over all RUNNING tasks: the time to the next crash is drawn
/// from an exponential with rate = running tasks × per-task rate, then one running task is picked
/// uniformly. O(1) per crash thanks to the indexable candidate list.
///
/// One deliberate bend: the first crash of a run comes no later than `firstCrashWindow` after tasks start
/// running, so someone trying the dashboard sees a crash and its replacement within the first minute.
extension Simulator {
    static let oomShare = 0.4
    static let firstCrashWindow = 15.0...40.0

    /// `armed` is false while nothing runs: such an event only re-draws, it does not crash.
    func crashRandomTask(armed: Bool) {
        if armed, !crashCandidates.isEmpty {
            hasCrashed = true
            let id = crashCandidates[generator.index(below: crashCandidates.count)]
            let outOfMemory = generator.chance(Self.oomShare)
            // Essential or not: TaskDefinitions/Simulator+Containers.swift.
            crashContainer(of: id, outOfMemory: outOfMemory)
        }
        scheduleNextCrash()
    }

    /// The container exits on its own: code 1, or 137 when the kernel's OOM killer took it. An essential
    /// container stops its task.
    /// One container exits (code 1, or 137 with the OOM reason); an essential one takes its task down.
    func crash(_ id: String, container: Int, outOfMemory: Bool) {
        let location = taskLocations[id]!
        modifyTask(at: location) { task in
            task.containers[container].lastStatus = .stopped
            task.containers[container].exitCode = outOfMemory ? 137 : 1
            task.containers[container].reason = outOfMemory ? Self.oomReason : nil
        }
        guard task(at: location).containers[container].essential else { return }
        requestStop(id, code: .essentialContainerExited, reason: "Essential container in task exited")
    }

    func scheduleNextCrash() {
        guard !crashCandidates.isEmpty else {
            // Nothing to crash yet: look again in a second rather than drawing with a zero rate.
            schedule(.crash(armed: false), after: .seconds(1))
            return
        }
        let rate = Double(crashCandidates.count) * chaos.crashRatePerTask
        var delay = generator.exponential(rate: rate)
        if !hasCrashed { delay = min(delay, generator.uniform(Self.firstCrashWindow)) }
        schedule(.crash(armed: true), after: .seconds(delay))
    }
}
