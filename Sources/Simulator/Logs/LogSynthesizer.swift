import Foundation

/// Writes a task's container log lines on demand, deterministically from the seed, the task's id and
/// lifecycle times, and its service's request curve. Nothing is stored per task: the newest lines are
/// made minute by minute backwards from the task's last moment until there are enough.
struct LogSynthesizer {
    let seed: UInt64
    let task: Task
    let definition: TaskDefinition?
    /// The service's request curve and how many tasks share it; nil for services without one and for
    /// standalone tasks (they log job progress instead of requests).
    let curve: RequestCurve?
    let sharingTasks: Int
    let now: Date
    let epoch: Date

    /// At most this many request lines a minute, whatever the traffic: logs are sampled to stay readable.
    static let maximumLinesPerMinute = 30

    func events(limit: Int) -> [LogEvent] {
        guard limit > 0, let started = task.startedAt else { return [] }
        let container = mainContainer
        var lines: [LogEvent] = []
        // Requests are served from RUNNING until the stop request (or now).
        let servingEnd = min(task.stoppingAt ?? now, now)
        lines += endingLines(container: container).filter { $0.timestamp <= now }
        var minute = Int(floor(servingEnd.timeIntervalSince(epoch) / 60))
        let firstMinute = Int(floor(started.timeIntervalSince(epoch) / 60))
        while minute >= firstMinute, lines.count < limit {
            lines += requestLines(minute: minute, from: started, to: servingEnd, container: container)
            minute -= 1
        }
        if minute < firstMinute { lines += startupLines(started: started) }
        lines.sort { ($0.timestamp, $0.containerName) < ($1.timestamp, $1.containerName) }
        return Array(lines.suffix(limit))
    }

    // MARK: What the containers say

    private var mainContainer: String {
        let containers = definition?.containerDefinitions ?? []
        return (containers.first { $0.essential && !$0.portMappings.isEmpty } ?? containers.first { $0.essential } ?? containers.first)?.name
            ?? task.containers.first?.name ?? "app"
    }

    private var servesHTTP: Bool {
        definition?.containerDefinitions.contains { !$0.portMappings.isEmpty } ?? false
    }

    private func startupLines(started: Date) -> [LogEvent] {
        var lines: [LogEvent] = []
        for (k, container) in (definition?.containerDefinitions ?? []).enumerated() {
            let image = container.image.split(separator: "/").last.map(String.init) ?? container.image
            let base = started.addingTimeInterval(-1.2 + Double(k) * 0.01)
            lines.append(LogEvent(timestamp: base, containerName: container.name, message: "INFO starting \(image)"))
            if let port = container.portMappings.first?.containerPort {
                lines.append(LogEvent(timestamp: base.addingTimeInterval(0.6), containerName: container.name, message: "INFO listening on 0.0.0.0:\(port)"))
            } else if curve == nil, task.serviceName == nil {
                lines.append(LogEvent(timestamp: base.addingTimeInterval(0.6), containerName: container.name, message: "INFO running \(task.group)"))
            } else {
                lines.append(LogEvent(timestamp: base.addingTimeInterval(0.6), containerName: container.name, message: "INFO connected to queue \(definition?.family ?? "jobs")-jobs"))
            }
            var generator = SeededGenerator(seed: hash(0xFFFF_FFFF))
            let ready = Int(generator.uniform(400...2400))
            lines.append(LogEvent(timestamp: base.addingTimeInterval(1.1), containerName: container.name, message: "INFO ready in \(ready)ms"))
        }
        return lines
    }

    /// The sampled lines of one simulated minute, inside [from, to).
    private func requestLines(minute: Int, from: Date, to: Date, container: String) -> [LogEvent] {
        let minuteStart = epoch.addingTimeInterval(Double(minute) * 60)
        let t = Double(minute) * 60 + 30
        let perTaskPerMinute = curve.map { $0.rate(at: t) * 60 / Double(max(1, sharingTasks)) } ?? 120
        let load = curve.map { perTaskPerMinute / 60 / $0.spec.requestsPerTaskAtFullCPU } ?? 0.3
        let count = min(Self.maximumLinesPerMinute, max(1, Int((perTaskPerMinute.squareRoot() / 3).rounded())))
        var generator = SeededGenerator(seed: hash(UInt64(bitPattern: Int64(minute))))
        var lines: [LogEvent] = []
        for _ in 0..<count {
            let at = minuteStart.addingTimeInterval(generator.uniform(0...59.999))
            let message = servesHTTP ? httpLine(load: load, using: &generator) : jobLine(load: load, using: &generator)
            guard at >= from, at < to else { continue }
            lines.append(LogEvent(timestamp: at, containerName: container, message: message))
        }
        return lines
    }

    private func httpLine(load: Double, using generator: inout SeededGenerator) -> String {
        let paths = curve?.spec.paths ?? ["/", "/api/status", "/api/items", "/api/items/{id}"]
        let errorRate = curve?.spec.errorRate ?? 0.002
        var path = paths[generator.index(below: paths.count)]
        path = path.replacingOccurrences(of: "{id}", with: String(1_000 + generator.index(below: 90_000)))
        let method = path.hasSuffix("/cart") && generator.chance(0.5) ? "POST" : "GET"
        // Latency grows once a task runs hot.
        let latency = Int(generator.uniform(4...40) * (1 + 4 * max(0, load - 0.7)))
        let roll = generator.unit()
        let status = roll < errorRate * (1 + 10 * max(0, load - 0.9)) ? [500, 502, 503][generator.index(below: 3)]
            : roll < 0.03 ? 404 : method == "POST" ? 201 : 200
        return "\(method) \(path) \(status) \(latency)ms"
    }

    private func jobLine(load: Double, using generator: inout SeededGenerator) -> String {
        let job = generator.hex(8)
        let duration = Int(generator.uniform(20...400) * (1 + 2 * max(0, load - 0.7)))
        return generator.chance(0.01) ? "WARN job \(job) retried after timeout" : "INFO processed job \(job) in \(duration)ms"
    }

    /// The last words, as the task actually stopped: a crash, the OOM killer, SIGTERM (and SIGKILL at
    /// the stop timeout), or nothing at all when the host went away.
    private func endingLines(container: String) -> [LogEvent] {
        guard let stopping = task.stoppingAt else { return [] }
        var generator = SeededGenerator(seed: hash(0xEEEE_EEEE))
        let exited = task.containers.first { $0.name == container } ?? task.containers.first
        if task.stopCode == .terminationNotice { return [] }
        if exited?.reason == Simulator.oomReason {
            let limit = definition?.containerDefinitions.first { $0.name == container }?.memory ?? task.memory
            return [
                LogEvent(timestamp: stopping.addingTimeInterval(-4), containerName: container, message: "WARN memory usage at 94% of the \(limit) MiB limit"),
                LogEvent(timestamp: stopping.addingTimeInterval(-1), containerName: container, message: "WARN memory usage at 99% of the \(limit) MiB limit"),
            ]
        }
        if task.stopCode == .essentialContainerExited, exited?.exitCode == 1 {
            let causes = ["connection pool exhausted", "nil pointer dereference in handler", "database connection reset by peer"]
            let cause = causes[generator.index(below: causes.count)]
            return [
                LogEvent(timestamp: stopping.addingTimeInterval(-0.3), containerName: container, message: "ERROR unhandled exception: \(cause)"),
                LogEvent(timestamp: stopping.addingTimeInterval(-0.1), containerName: container, message: "FATAL exiting with status 1"),
            ]
        }
        guard task.startedAt != nil else { return [] }
        // The agent sends SIGTERM about a second after the stop request, once the task is deregistered.
        let sigterm = stopping.addingTimeInterval(1)
        var lines = [LogEvent(timestamp: sigterm, containerName: container, message: "INFO received SIGTERM, shutting down gracefully")]
        switch exited?.exitCode {
        case 0?:
            let end = task.stoppedAt.map { $0.addingTimeInterval(-0.6) } ?? sigterm.addingTimeInterval(0.5)
            lines.append(LogEvent(timestamp: max(sigterm, end), containerName: container, message: "INFO shutdown complete"))
        case 137?:
            lines.append(LogEvent(timestamp: sigterm.addingTimeInterval(10), containerName: container, message: "WARN still draining 3 connections"))
        default:
            break
        }
        return lines
    }

    // MARK: Determinism

    /// FNV-1a over the seed, the task id and `salt`: stable across processes, unlike `Hasher`.
    private func hash(_ salt: UInt64) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: seed >> UInt64(shift))) }
        for byte in task.id.utf8 { mix(byte) }
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: salt >> UInt64(shift))) }
        return value
    }
}
