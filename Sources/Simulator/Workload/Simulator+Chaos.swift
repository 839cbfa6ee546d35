/// Container crashes as a Poisson process over all RUNNING tasks: the time to the next crash is drawn
/// from an exponential with rate = running tasks × per-task rate, then one running task is picked
/// uniformly. O(1) per crash thanks to the indexable candidate list.
///
/// One deliberate bend: the first crash of a run comes no later than `firstCrashWindow` after tasks start
/// running, so someone trying the dashboard sees a crash and its replacement within the first minute.
extension Simulator {
    static let oomShare = 0.4
    static let firstCrashWindow = 15.0...40.0

    /// `armed` is false while nothing runs: such an event only re-draws, it does not crash. An event of
    /// an earlier draw (the rate changed since) is ignored.
    func crashRandomTask(armed: Bool, generation: UInt32) {
        guard generation == crashDraw.generation else { return }
        if armed, !crashCandidates.isEmpty {
            hasCrashed = true
            let id = crashCandidates[generator.index(below: crashCandidates.count)]
            let outOfMemory = generator.chance(Self.oomShare)
            // Essential or not: TaskDefinitions/Simulator+Containers.swift.
            crashContainer(of: id, outOfMemory: outOfMemory)
        }
        scheduleNextCrash()
    }

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
            crashDraw.candidates = 0
            schedule(.crash(armed: false, generation: crashDraw.generation), after: .seconds(1))
            return
        }
        let rate = Double(crashCandidates.count) * chaos.crashRatePerTask
        var delay = generator.exponential(rate: rate)
        if !hasCrashed { delay = min(delay, generator.uniform(Self.firstCrashWindow)) }
        crashDraw.candidates = crashCandidates.count
        schedule(.crash(armed: true, generation: crashDraw.generation), after: .seconds(delay))
    }

    /// The number of running tasks moved far from what the pending draw assumed (a service scaled from
    /// ten tasks to a thousand): draw again. Exponential waiting is memoryless, so this is fair.
    func redrawCrashIfRateChanged() {
        guard chaos != .off, crashDraw.candidates > 0 else { return }
        let count = crashCandidates.count
        guard count >= 2 * crashDraw.candidates || 2 * count <= crashDraw.candidates else { return }
        crashDraw.generation &+= 1
        scheduleNextCrash()
    }
}
