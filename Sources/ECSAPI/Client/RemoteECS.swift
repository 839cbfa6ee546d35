import AWSWire
import ECSModel
import Foundation

/// A real ECS endpoint (AWS, LocalStack, moto) as a control plane. A background thread reads the whole
/// endpoint every refresh interval; `snapshot()` hands out the newest good read at once, marked stale
/// when the last read failed or is too old. Commands go out on the caller's thread with a short timeout.
/// Log lines come the same way: `logEvents` answers from what the poller last read of CloudWatch Logs
/// and tells it which tasks are being looked at.
///
/// `@unchecked Sendable`: the poller thread and the UI share `state`, and every access holds `condition`.
public final class RemoteECS: ControlPlane, @unchecked Sendable {
    public let endpoint: URL
    public let refreshInterval: Duration
    private let client: ECSClient
    private let settings: AWSSettings
    private let condition = NSCondition()
    private var state: State

    /// Longest wait between reads while the endpoint throttles or cannot be reached.
    public static let longestBackoff: TimeInterval = 30
    /// How long a command may take: the UI waits for it.
    public static let commandTimeout: TimeInterval = 5
    /// Most tasks whose logs are read per refresh: a service's logs view asks for all its tasks.
    public static let logTaskLimit = 12
    /// A task's logs are no longer read once nobody asked for them this long (or three refreshes).
    public static let logInterestTimeout: TimeInterval = 10

    /// A task whose logs are asked for, as the dashboard names it.
    private struct LogKey: Hashable {
        var cluster: String
        var task: String
    }

    private struct LogInterest {
        var askedAt: Date
        var limit: Int
    }

    private struct State {
        var latest: ControlPlaneSnapshot?
        var lastSuccess: Date?
        var lastError: ECSError?
        var failuresInARow = 0
        var revision: UInt64 = 0
        var refreshRequested = false
        /// A task's logs were asked for the first time: read them now, not at the next refresh.
        var logsRequested = false
        var logInterest: [LogKey: LogInterest] = [:]
        var logLines: [LogKey: [LogEvent]] = [:]
        var stopped = false
        let startedAt = Date()
    }

    /// Starts polling at once. The poller keeps this object alive until `stop()`.
    public init(endpoint: URL, settings: AWSSettings, refreshInterval: Duration = .seconds(2)) {
        self.endpoint = endpoint
        self.refreshInterval = refreshInterval
        client = ECSClient(endpoint: endpoint, settings: settings)
        self.settings = settings
        state = State()
        let thread = Thread { [self] in poll() }
        thread.name = "ecstop remote poller"
        thread.start()
    }

    public var isSimulated: Bool { false }

    /// The error of the last read, nil after a good one.
    public var lastError: ECSError? { condition.withLock { state.lastError } }

    public func snapshot() -> ControlPlaneSnapshot {
        condition.withLock {
            let now = Date()
            let age = now.timeIntervalSince(state.lastSuccess ?? state.startedAt)
            let stale = state.lastError != nil || age > 3 * interval
            var snapshot = state.latest ?? ControlPlaneSnapshot(time: now, source: .remote(endpoint: "", stale: stale), clusters: [])
            snapshot.source = .remote(endpoint: endpoint.absoluteString, stale: stale)
            return snapshot
        }
    }

    /// The lines the poller last read for the task, at once; the first ask has the poller read them
    /// now, and they show from the next revision on.
    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        condition.withLock {
            let key = LogKey(cluster: cluster, task: task.arnResourceID)
            if state.logInterest.updateValue(LogInterest(askedAt: Date(), limit: limit), forKey: key) == nil {
                state.logsRequested = true
                condition.signal()
            }
            return Array((state.logLines[key] ?? []).suffix(limit))
        }
    }

    /// The poller has its own clock.
    public func advance(wallElapsed: Duration) {}

    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        switch command {
        case .updateService, .stopTask, .updateContainerInstancesState:
            break
        case .runTask, .registerTaskDefinition, .createService, .deleteService, .deregisterTaskDefinition,
             .createCluster, .deleteCluster, .registerContainerInstance, .deregisterContainerInstance,
             .tagResource, .untagResource, .putAttributes, .deleteAttributes:
            throw ECSError.client(
                "ecstop does not create, delete, register, tag or set attributes on anything on a real endpoint; use the AWS CLI.")
        case .injectFault, .setPaused, .setSpeed, .stepToNextEvent:
            throw ECSError.client("Faults, pause and speed apply only to the simulation.")
        }
        // What is left is one of ECS's own operations: it has its request.
        if let request = command.ecsRequest { try send(request) }
        refreshNow()
        return .complete
    }

    /// Sends the request as ECS's own: every member the command carries goes out. A partial answer
    /// (instances ECS would not change) is the command failing.
    private func send(_ request: ECSRequest) throws(ECSError) {
        let timeout = Self.commandTimeout
        guard case .updateContainerInstancesState(let shape) = request else {
            _ = try client.send(request.operation, request, as: ShapeDocument.self, timeout: timeout)
            return
        }
        let answer = try client.send(
            request.operation, shape, as: ECSShapes.UpdateContainerInstancesStateResponse.self, timeout: timeout)
        if let failure = answer.failures?.first {
            throw ECSError.invalidParameter("\(failure.arn ?? "container instance"): \(failure.reason ?? "failed")")
        }
    }

    /// Reads the endpoint again now instead of at the next interval.
    public func refreshNow() {
        condition.withLock {
            state.refreshRequested = true
            condition.signal()
        }
    }

    /// Ends the poller after its current read.
    public func stop() {
        condition.withLock {
            state.stopped = true
            condition.signal()
        }
    }

    private var interval: TimeInterval {
        let (seconds, attoseconds) = refreshInterval.components
        return max(0.05, Double(seconds) + Double(attoseconds) / 1e18)
    }

    private func poll() {
        let timeout = max(5, interval)
        let fetch = RemoteFetch(client: client, timeout: timeout)
        let logs = RemoteLogs(ecs: client, settings: settings, timeout: timeout)
        var nextRead = Date.distantPast
        while true {
            condition.lock()
            while !state.stopped, !state.refreshRequested, !state.logsRequested, condition.wait(until: nextRead) {}
            let stopped = state.stopped
            // Woken for logs alone, the endpoint is not read again before its time.
            let readsEndpoint = state.refreshRequested || Date() >= nextRead
            state.refreshRequested = false
            state.logsRequested = false
            condition.unlock()
            if stopped { return }
            if readsEndpoint { nextRead = Date(timeIntervalSinceNow: read(with: fetch)) }
            readLogs(with: logs)
        }
    }

    /// Reads the whole endpoint once; returns how long to wait before the next read.
    private func read(with fetch: RemoteFetch) -> TimeInterval {
        let now = Date()
        let result = Result { () throws(ECSError) in try fetch.clusters(at: now) }
        return condition.withLock {
            switch result {
            case .success(let clusters):
                state.revision += 1
                state.latest = ControlPlaneSnapshot(
                    time: now, source: .remote(endpoint: endpoint.absoluteString, stale: false), clusters: clusters,
                    revision: state.revision)
                // When the read ended: a slow read of a big account is not stale the moment it lands.
                state.lastSuccess = Date()
                state.lastError = nil
                state.failuresInARow = 0
                return interval
            case .failure(let error):
                // A new revision: the snapshot's staleness changed even though its clusters did not.
                state.revision += 1
                let revision = state.revision  // read apart: `a?.b = a.c` would overlap two accesses
                state.latest?.revision = revision
                state.lastError = error
                state.failuresInARow += 1
                return Self.delay(after: error, failuresInARow: state.failuresInARow, interval: interval)
            }
        }
    }

    /// Reads the newest lines of the tasks asked about lately, most recent asks first. Logs' errors stay
    /// out of `lastError`: a missing stream must not make the ECS data look stale.
    private func readLogs(with logs: RemoteLogs) {
        let (wanted, snapshot) = condition.withLock {
            let horizon = Date(timeIntervalSinceNow: -max(Self.logInterestTimeout, 3 * interval))
            state.logInterest = state.logInterest.filter { $0.value.askedAt >= horizon }
            state.logLines = state.logLines.filter { state.logInterest[$0.key] != nil }
            // While the endpoint cannot be read, neither can Logs, most likely: do not wait on both.
            return (state.logInterest, state.lastError == nil ? state.latest : nil)
        }
        guard let snapshot, !wanted.isEmpty else { return }
        var read: [LogKey: [LogEvent]] = [:]
        for (key, interest) in wanted.sorted(by: { $0.value.askedAt > $1.value.askedAt }).prefix(Self.logTaskLimit) {
            let cluster = snapshot.clusters.first { $0.cluster.name == key.cluster || $0.cluster.arn == key.cluster }
            guard let task = cluster?.task(id: key.task) else { continue }
            read[key] = logs.events(of: task, limit: interest.limit)
        }
        condition.withLock {
            var changed = false
            for (key, events) in read where state.logInterest[key] != nil && state.logLines[key] != events {
                state.logLines[key] = events
                changed = true
            }
            // The dashboard reads lines again only when the revision moves.
            guard changed else { return }
            state.revision += 1
            let revision = state.revision
            state.latest?.revision = revision
        }
    }

    /// Throttling and unreachable endpoints back off exponentially up to `longestBackoff`; other errors
    /// (a bad credential, a refused call) retry at the ordinary pace.
    static func delay(after error: ECSError, failuresInARow: Int, interval: TimeInterval) -> TimeInterval {
        guard backsOff(after: error) else { return interval }
        return min(longestBackoff, interval * pow(2, Double(min(failuresInARow - 1, 16))))
    }

    /// Whether an error is the endpoint being busy or away rather than refusing the call.
    static func backsOff(after error: ECSError) -> Bool {
        error.type == ECSClient.connectionErrorType || error.type.contains("Throttl")
            || error.type == "TooManyRequestsException" || error.type == "RequestLimitExceeded"
    }
}
