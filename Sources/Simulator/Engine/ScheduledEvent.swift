/// An event in the queue, ordered by (time, sequence) so that ties run in the order they were scheduled.
struct ScheduledEvent: Comparable {
    var time: Duration
    var sequence: UInt64
    var event: SimulationEvent

    static func < (lhs: ScheduledEvent, rhs: ScheduledEvent) -> Bool {
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
    }

    static func == (lhs: ScheduledEvent, rhs: ScheduledEvent) -> Bool {
        lhs.time == rhs.time && lhs.sequence == rhs.sequence
    }
}
