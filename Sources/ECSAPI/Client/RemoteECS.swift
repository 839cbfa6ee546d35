import ECSModel
import Foundation

/// A real ECS endpoint (AWS, LocalStack, moto) as a control plane. A background thread reads the whole
/// endpoint every refresh interval; `snapshot()` hands out the newest good read at once, marked stale
/// when the last read failed or is too old. Commands go out on the caller's thread with a short timeout.
///
/// `@unchecked Sendable`: the poller thread and the UI share `state`, and every access holds `condition`.
public final class RemoteECS: ControlPlane, @unchecked Sendable {
    public let endpoint: URL
    public let refreshInterval: Duration
    private let client: ECSClient
    private let condition = NSCondition()
    private var state: State

    /// Longest wait between reads while the endpoint throttles or cannot be reached.
    public static let longestBackoff: TimeInterval = 30
    /// How long a command may take: the UI waits for it.
    public static let commandTimeout: TimeInterval = 5

    private struct State {
        var latest: ControlPlaneSnapshot?
        var lastSuccess: Date?
        var lastError: ECSError?
        var failuresInARow = 0
        var revision: UInt64 = 0
        var refreshRequested = false
        var stopped = false
        let startedAt = Date()
    }

    /// Starts polling at once. The poller keeps this object alive until `stop()`.
    public init(endpoint: URL, settings: AWSSettings, refreshInterval: Duration = .seconds(2)) {
        self.endpoint = endpoint
        self.refreshInterval = refreshInterval
        client = ECSClient(endpoint: endpoint, settings: settings)
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

    /// The poller has its own clock.
    public func advance(wallElapsed: Duration) {}

    public func execute(_ command: ControlPlaneCommand) throws(ECSError) {
        let timeout = Self.commandTimeout
        switch command {
        case .updateService(let update):
            _ = try client.send(
                "UpdateService",
                ECSShapes.UpdateServiceRequest(
                    cluster: update.cluster, service: update.service, desiredCount: update.desiredCount,
                    taskDefinition: update.taskDefinition,
                    deploymentConfiguration: update.deploymentConfiguration.map {
                        ECSShapes.DeploymentConfiguration(
                            deploymentCircuitBreaker: ECSShapes.DeploymentCircuitBreaker(
                                enable: $0.deploymentCircuitBreaker.enable, rollback: $0.deploymentCircuitBreaker.rollback),
                            maximumPercent: $0.maximumPercent, minimumHealthyPercent: $0.minimumHealthyPercent)
                    },
                    forceNewDeployment: update.forceNewDeployment ? true : nil,
                    healthCheckGracePeriodSeconds: update.healthCheckGracePeriodSeconds),
                as: ECSShapes.UpdateServiceResponse.self, timeout: timeout)
        case .stopTask(let cluster, let task, let reason):
            _ = try client.send(
                "StopTask", ECSShapes.StopTaskRequest(cluster: cluster, task: task, reason: reason),
                as: ECSShapes.StopTaskResponse.self, timeout: timeout)
        case .updateContainerInstancesState(let cluster, let instances, let status):
            let answer = try client.send(
                "UpdateContainerInstancesState",
                ECSShapes.UpdateContainerInstancesStateRequest(
                    cluster: cluster, containerInstances: instances,
                    status: ECSShapes.ContainerInstanceStatus(rawValue: status.rawValue)),
                as: ECSShapes.UpdateContainerInstancesStateResponse.self, timeout: timeout)
            if let failure = answer.failures?.first {
                throw ECSError.invalidParameter("\(failure.arn ?? "container instance"): \(failure.reason ?? "failed")")
            }
        case .runTask, .registerTaskDefinition, .createService, .deleteService, .deregisterTaskDefinition,
             .createCluster, .deleteCluster, .registerContainerInstance, .deregisterContainerInstance,
             .tagResource, .untagResource:
            throw ECSError.client("ecstop does not create, delete, register or tag anything on a real endpoint; use the AWS CLI.")
        case .injectFault, .setPaused, .setSpeed, .stepToNextEvent:
            throw ECSError.client("Faults, pause and speed apply only to the simulation.")
        }
        refreshNow()
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
        let fetch = RemoteFetch(client: client, timeout: max(5, interval))
        while true {
            let stopped = condition.withLock {
                state.refreshRequested = false
                return state.stopped
            }
            if stopped { return }
            let now = Date()
            let result = Result { () throws(ECSError) in try fetch.clusters(at: now) }

            condition.lock()
            let delay: TimeInterval
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
                delay = interval
            case .failure(let error):
                // A new revision: the snapshot's staleness changed even though its clusters did not.
                state.revision += 1
                let revision = state.revision  // read apart: `a?.b = a.c` would overlap two accesses
                state.latest?.revision = revision
                state.lastError = error
                state.failuresInARow += 1
                delay = Self.delay(after: error, failuresInARow: state.failuresInARow, interval: interval)
            }
            let deadline = Date(timeIntervalSinceNow: delay)
            while !state.stopped, !state.refreshRequested, condition.wait(until: deadline) {}
            condition.unlock()
        }
    }

    /// Throttling and unreachable endpoints back off exponentially up to `longestBackoff`; other errors
    /// (a bad credential, a refused call) retry at the ordinary pace.
    static func delay(after error: ECSError, failuresInARow: Int, interval: TimeInterval) -> TimeInterval {
        let backsOff = error.type == ECSClient.connectionErrorType || error.type.contains("Throttl")
            || error.type == "TooManyRequestsException" || error.type == "RequestLimitExceeded"
        guard backsOff else { return interval }
        return min(longestBackoff, interval * pow(2, Double(min(failuresInARow - 1, 16))))
    }
}
