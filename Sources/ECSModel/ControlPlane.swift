/// The one door between the dashboard and whatever runs the clusters: the simulator in-process, or a
/// real ECS endpoint. Used from a single thread (the UI loop).
public protocol ControlPlane: AnyObject {
    /// The current state; cheap to call every frame.
    func snapshot() -> ControlPlaneSnapshot

    /// Carries out one command, or says why ECS would refuse it. Nothing is half-applied on error.
    /// Items it could not carry out without failing the whole call (RunTask's) are in the outcome.
    @discardableResult
    func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome

    /// Lets time pass: `wallElapsed` is real time since the last call. The simulator turns it into
    /// simulated time at its speed; a remote endpoint polls when a refresh is due.
    func advance(wallElapsed: Duration)

    /// Whether simulation-only controls (speed, pause, faults) apply.
    var isSimulated: Bool { get }

    /// The newest log lines of a task's containers, oldest first (CloudWatch Logs' GetLogEvents).
    func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent]

    /// Reads a remote endpoint again now rather than at its next refresh; the simulation ignores it.
    func refreshNow()
}

extension ControlPlane {
    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] { [] }

    public func refreshNow() {}
}
