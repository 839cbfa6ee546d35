import ECSModel
import Foundation

/// Any control plane behind one lock, so the server's connection threads and the clock loop can share
/// a single-threaded simulator. Every call, and every `withLock` sequence, runs under the lock.
public final class LockedControlPlane: ControlPlane, @unchecked Sendable {
    private let base: any ControlPlane
    private let lock = NSLock()

    public init(_ base: any ControlPlane) { self.base = base }

    /// Several calls as one step: an operation that executes and then reads its result must not see
    /// the clock move in between.
    public func withLock<Result>(_ body: (any ControlPlane) throws(ECSError) -> Result) throws(ECSError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(base)
    }

    public func snapshot() -> ControlPlaneSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return base.snapshot()
    }

    @discardableResult
    public func execute(_ command: ControlPlaneCommand) throws(ECSError) -> CommandOutcome {
        lock.lock()
        defer { lock.unlock() }
        return try base.execute(command)
    }

    public func advance(wallElapsed: Duration) {
        lock.lock()
        defer { lock.unlock() }
        base.advance(wallElapsed: wallElapsed)
    }

    public var isSimulated: Bool {
        lock.lock()
        defer { lock.unlock() }
        return base.isSimulated
    }

    public func logEvents(cluster: String, task: String, limit: Int) -> [LogEvent] {
        lock.lock()
        defer { lock.unlock() }
        return base.logEvents(cluster: cluster, task: task, limit: limit)
    }
}
