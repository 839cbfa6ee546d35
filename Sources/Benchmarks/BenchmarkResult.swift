/// What one case measured, in milliseconds and MiB.
public struct BenchmarkResult: Sendable {
    public var name: String
    public var tasks: Int
    public var instances: Int
    public var setupMilliseconds: Double
    /// One simulated minute in 1-second steps, taking a snapshot after each as the dashboard does.
    public var simulatedMinuteMilliseconds: Double
    public var simulatedSecondMeanMilliseconds: Double
    public var simulatedSecondMaxMilliseconds: Double
    /// Render plus diff of a whole frame, tasks pane on the largest service.
    public var frameMeanMilliseconds: Double
    public var frameMaxMilliseconds: Double
    /// The same with the tasks pane listing one instance's tasks (a scan over every task).
    public var instanceFrameMeanMilliseconds: Double
    public var residentMiB: Int
    public var peakResidentMiB: Int
}
