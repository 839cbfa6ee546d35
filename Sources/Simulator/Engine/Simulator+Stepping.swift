/// Time control for a user who wants to watch the scheduler one decision at a time.
extension Simulator {
    /// When the next scheduled event is due, if any.
    public var nextEventTime: Duration? { events.nextTime }

    /// Runs the simulation to its next event time, running every event due then.
    public func stepToNextEvent() {
        guard let next = nextEventTime else { return }
        advance(by: max(next - now, .nanoseconds(1)))
    }
}
