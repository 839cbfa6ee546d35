import HeapModule

/// The simulated clock and the events waiting for it. Events due at the same moment run in the order
/// they were scheduled ((time, sequence) order), which with the seeded generators is what makes a seed's
/// run the same every time.
struct EventQueue {
    /// Simulated time since the start; it moves only as events are taken or the clock is advanced.
    private(set) var now: Duration = .zero
    private var heap = Heap<ScheduledEvent>()
    private var sequence: UInt64 = 0

    /// When the next event is due, if any.
    var nextTime: Duration? { heap.min?.time }

    mutating func schedule(_ event: SimulationEvent, after delay: Duration) {
        sequence += 1
        heap.insert(ScheduledEvent(time: now + delay, sequence: sequence, event: event))
    }

    /// The next event due at or before `time`, the clock moved to when it is due; nil when none is.
    mutating func takeNext(dueBy time: Duration) -> SimulationEvent? {
        guard let next = heap.min, next.time <= time else { return nil }
        _ = heap.popMin()
        now = next.time
        return next.event
    }

    /// Moves the clock to `time` (no earlier than now) once every event due by then has been taken.
    mutating func moveClock(to time: Duration) {
        now = max(now, time)
    }
}
