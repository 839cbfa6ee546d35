/// Chaos's container crashes as a Poisson process over the RUNNING tasks meant to keep running: the time
/// to the next crash is drawn from an exponential with rate = candidates × per-task rate, then one
/// candidate is picked uniformly. O(1) per crash: the candidates are an array, and each task's position
/// in it is kept by the engine (`TaskLocation.runningSlot`) so a task leaves in O(1) too.
///
/// One deliberate bend: the first crash of a run comes no later than `firstCrashWindow` after tasks start
/// running, so someone trying the dashboard sees a crash and its replacement within the first minute.
struct CrashProcess {
    static let firstCrashWindow = 15.0...40.0

    private(set) var candidates: [String] = []
    private var hasCrashed = false
    /// How many candidates the pending draw's rate assumed (0: none was drawn).
    private var drawnFor = 0
    /// Which scheduled crash is current: a crash event of an earlier draw is ignored.
    private(set) var generation: UInt32 = 0

    /// Adds task `id`; returns its position.
    mutating func add(_ id: String) -> Int {
        candidates.append(id)
        return candidates.count - 1
    }

    /// Removes task `id` from `position` by moving the last candidate there; returns that candidate, whose
    /// position is now `position`, or nil when `id` was the last.
    mutating func remove(_ id: String, at position: Int) -> String? {
        let last = candidates.removeLast()
        guard last != id else { return nil }
        candidates[position] = last
        return last
    }

    /// The task to crash now, if any.
    mutating func pick(using generator: inout SeededGenerator) -> String? {
        guard !candidates.isEmpty else { return nil }
        hasCrashed = true
        return candidates[generator.index(below: candidates.count)]
    }

    /// Seconds until the next crash; nil with nothing to crash (drawing with a zero rate would never end).
    mutating func drawDelay(ratePerTask: Double, using generator: inout SeededGenerator) -> Double? {
        guard !candidates.isEmpty else {
            drawnFor = 0
            return nil
        }
        var delay = generator.exponential(rate: Double(candidates.count) * ratePerTask)
        if !hasCrashed { delay = min(delay, generator.uniform(Self.firstCrashWindow)) }
        drawnFor = candidates.count
        return delay
    }

    /// Whether the number of candidates moved far from what the pending draw assumed (a service scaled
    /// from ten tasks to a thousand); if so the pending crash is dropped and the caller draws again.
    /// Exponential waiting is memoryless, so this is fair.
    mutating func dropDrawIfRateChanged() -> Bool {
        guard drawnFor > 0 else { return false }
        let count = candidates.count
        guard count >= 2 * drawnFor || 2 * count <= drawnFor else { return false }
        generation &+= 1
        return true
    }
}
