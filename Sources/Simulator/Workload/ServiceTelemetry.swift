import Foundation

/// One service's load model and metric history: what CloudWatch would hold for it. O(1) per second.
final class ServiceTelemetry {
    /// nil: the service has no request curve, and its utilization comes from the seeded `WorkloadModel`.
    let curve: RequestCurve?
    /// Memory share of the tasks, following load slowly.
    var memory: Double
    /// Smoothed noise on CPU, so consecutive seconds stay close.
    var noise = 0.0
    /// Whether the tasks have a hard memory limit to be OOM-killed at.
    let hasHardMemoryLimit: Bool
    /// Requests per second across the service at the last tick, 0 when nothing runs.
    var requestsPerSecond = 0.0

    static let recentCapacity = MetricsRing.defaultCapacity
    /// Three hours of one-minute averages.
    static let perMinuteCapacity = 180

    var cpuRecent = MetricsRing(capacity: recentCapacity)
    var memoryRecent = MetricsRing(capacity: recentCapacity)
    var requestsRecent = MetricsRing(capacity: recentCapacity)
    var cpuPerMinute = MetricsRing(capacity: perMinuteCapacity)
    var memoryPerMinute = MetricsRing(capacity: perMinuteCapacity)
    var requestsPerMinuteHistory = MetricsRing(capacity: perMinuteCapacity)

    /// The minute being gathered: sums over the samples taken while tasks ran.
    private var minuteSamples = 0
    private var minuteDataSamples = 0
    private var minuteCPU = 0.0
    private var minuteMemory = 0.0
    private var minuteRequests = 0.0
    private var minuteRequestsPerTarget = 0.0

    /// The last complete minute's averages (CloudWatch datapoints); nil when no task ran all minute.
    private(set) var lastMinute: (cpu: Double, memory: Double, requestsPerTarget: Double)?

    init(curve: RequestCurve?, hasHardMemoryLimit: Bool) {
        self.curve = curve
        self.memory = curve?.spec.baseMemory ?? 0
        self.hasHardMemoryLimit = hasHardMemoryLimit
    }

    /// One five-second sample; every twelfth closes a minute. Returns true when a minute closed.
    @discardableResult
    func sample(cpu: Double, memory: Double, running: Int) -> Bool {
        let requestsPerMinute = requestsPerSecond * 60
        cpuRecent.append(cpu)
        memoryRecent.append(memory)
        requestsRecent.append(requestsPerMinute)
        minuteSamples += 1
        if running > 0 {
            minuteDataSamples += 1
            minuteCPU += cpu
            minuteMemory += memory
            minuteRequests += requestsPerMinute
            minuteRequestsPerTarget += requestsPerMinute / Double(running)
        }
        guard minuteSamples == 12 else { return false }
        let n = Double(max(1, minuteDataSamples))
        cpuPerMinute.append(minuteCPU / n)
        memoryPerMinute.append(minuteMemory / n)
        requestsPerMinuteHistory.append(minuteRequests / 12)
        lastMinute = minuteDataSamples == 0
            ? nil : (cpu: minuteCPU / n, memory: minuteMemory / n, requestsPerTarget: minuteRequestsPerTarget / n)
        minuteSamples = 0
        minuteDataSamples = 0
        (minuteCPU, minuteMemory, minuteRequests, minuteRequestsPerTarget) = (0, 0, 0, 0)
        return true
    }

    var metrics: ServiceMetrics {
        ServiceMetrics(
            cpuUtilization: MetricHistory(recent: cpuRecent.values, perMinute: cpuPerMinute.values),
            memoryUtilization: MetricHistory(recent: memoryRecent.values, perMinute: memoryPerMinute.values),
            requestCount: MetricHistory(recent: requestsRecent.values, perMinute: requestsPerMinuteHistory.values))
    }
}
