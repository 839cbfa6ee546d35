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

    /// Lets simulated time follow wall time, about ten times a second, on a thread of its own for the
    /// life of the process. `tickTaken` learns how long each tick held the lock (the API benchmark
    /// shows it: a request that held the lock long would show there as a stalled simulation).
    public func followWallClock(tickTaken: (@Sendable (Duration) -> Void)? = nil) {
        Thread.detachNewThread { [self] in
            let clock = ContinuousClock()
            var last = clock.now
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                let now = clock.now
                advance(wallElapsed: now - last)
                last = now
                tickTaken?(clock.now - now)
            }
        }
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
