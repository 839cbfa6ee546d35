import Foundation

/// How long each of the simulation's clock ticks took while clients called the server: a tick waits
/// for the control plane's lock like the dashboard's frame does, so a request that held the lock long
/// would show here as a stalled simulation.
final class TickRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var milliseconds: [Double] = []

    func record(_ duration: Duration) {
        let ms = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) * 1e-15
        lock.withLock { milliseconds.append(ms) }
    }

    func reset() { lock.withLock { milliseconds.removeAll(keepingCapacity: true) } }

    /// The 99th percentile and the worst tick since the last reset, in milliseconds; nil without ticks.
    var summary: (p99: Double, worst: Double)? {
        lock.withLock {
            guard !milliseconds.isEmpty else { return nil }
            let sorted = milliseconds.sorted()
            return (sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))], sorted[sorted.count - 1])
        }
    }
}
