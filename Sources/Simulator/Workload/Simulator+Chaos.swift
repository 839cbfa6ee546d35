/// Chaos: `CrashProcess` says when a crash comes and which task it hits; the engine crashes one of the
/// task's containers, a share of them out of memory.
extension Simulator {
    static let oomShare = 0.4

    /// `armed` is false while nothing runs: such an event only re-draws, it does not crash. An event of
    /// an earlier draw (the rate changed since) is ignored.
    func crashRandomTask(armed: Bool, generation: UInt32) {
        guard generation == crashes.generation else { return }
        if armed, let id = crashes.pick(using: &generator) {
            let outOfMemory = generator.chance(Self.oomShare)
            crashContainer(of: id, outOfMemory: outOfMemory)  // Only an essential container stops its task.
        }
        scheduleNextCrash()
    }

    /// One container exits (code 1, or 137 with the OOM reason); an essential one takes its task down.
    func crash(_ id: String, container: Int, outOfMemory: Bool) {
        let location = taskLocations[id]!
        modifyTask(location.key) { task in
            task.containers[container].lastStatus = .stopped
            task.containers[container].exitCode = outOfMemory ? 137 : 1
            task.containers[container].reason = outOfMemory ? Self.oomReason : nil
        }
        guard self[task: location.key].containers[container].essential else { return }
        requestStop(id, code: .essentialContainerExited, reason: "Essential container in task exited")
    }

    func scheduleNextCrash() {
        guard let delay = crashes.drawDelay(ratePerTask: chaos.crashRatePerTask, using: &generator) else {
            // Nothing to crash yet: look again in a second.
            schedule(.crash(armed: false, generation: crashes.generation), after: .seconds(1))
            return
        }
        schedule(.crash(armed: true, generation: crashes.generation), after: .seconds(delay))
    }

    func redrawCrashIfRateChanged() {
        guard chaos != .off, crashes.dropDrawIfRateChanged() else { return }
        scheduleNextCrash()
    }
}
