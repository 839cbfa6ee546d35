import Dashboard
import Foundation
import Simulator

/// Measures the simulator and the dashboard's frames at growing sizes. Speed lives here, never in tests.
public enum BenchmarkSuite {
    public static func run(
        _ cases: [BenchmarkCase] = BenchmarkCase.standard, seed: UInt64 = 42, chaos: ChaosLevel = .low,
        frameWidth: Int = 160, frameHeight: Int = 48, progress: (String) -> Void = { _ in }
    ) -> [BenchmarkResult] {
        cases.map { benchmarkCase in
            progress("measuring \(benchmarkCase.name)…")
            return measure(benchmarkCase, seed: seed, chaos: chaos, width: frameWidth, height: frameHeight)
        }
    }

    private static func measure(_ benchmarkCase: BenchmarkCase, seed: UInt64, chaos: ChaosLevel, width: Int, height: Int) -> BenchmarkResult {
        let clock = ContinuousClock()
        var simulator: Simulator?
        let setup = clock.measure { simulator = Simulator(scenario: benchmarkCase.scenario, seed: seed, chaos: chaos) }
        guard let simulator else { fatalError("the simulator was not built") }
        simulator.advance(by: .seconds(60))  // every task placed and running

        var snapshot = simulator.snapshot()
        var seconds: [Duration] = []
        for _ in 0..<60 {
            seconds.append(clock.measure {
                simulator.advance(by: .seconds(1))
                snapshot = simulator.snapshot()
            })
        }

        // Frames as the user sees them: the busiest cluster and its largest service selected.
        var dashboard = Dashboard()
        dashboard.resize(width: width, height: height)
        let cluster = snapshot.clusters.max { $0.cluster.runningTasksCount < $1.cluster.runningTasksCount }
        let service = cluster?.services.max { $0.tasks.count < $1.tasks.count }
        let clusterIndex = cluster.flatMap { c in snapshot.clusters.firstIndex { $0.cluster.name == c.cluster.name } } ?? 0
        let serviceIndex = service.flatMap { s in cluster?.services.firstIndex { $0.service.name == s.service.name } } ?? 0
        let keys: [Key] = [.character("1")] + Array(repeating: .down, count: clusterIndex)
            + [.character("2")] + Array(repeating: .down, count: serviceIndex)
        for key in keys { _ = dashboard.handle(key, in: snapshot) }
        let frames = measureFrames(dashboard: dashboard, simulator: simulator, width: width, height: height)
        for key: Key in [.character("4"), .enter] { _ = dashboard.handle(key, in: simulator.snapshot()) }
        let instanceFrames = measureFrames(dashboard: dashboard, simulator: simulator, width: width, height: height)

        let final = simulator.snapshot()
        return BenchmarkResult(
            name: benchmarkCase.name,
            tasks: final.clusters.reduce(0) { $0 + $1.cluster.runningTasksCount },
            instances: final.clusters.reduce(0) { $0 + $1.instances.count },
            setupMilliseconds: setup.milliseconds,
            simulatedMinuteMilliseconds: seconds.reduce(.zero, +).milliseconds,
            simulatedSecondMeanMilliseconds: seconds.reduce(.zero, +).milliseconds / Double(seconds.count),
            simulatedSecondMaxMilliseconds: seconds.max()!.milliseconds,
            frameMeanMilliseconds: frames.mean, frameMaxMilliseconds: frames.max,
            instanceFrameMeanMilliseconds: instanceFrames.mean,
            residentMiB: ProcessMemory.residentMiB(), peakResidentMiB: ProcessMemory.peakResidentMiB())
    }

    /// Render and diff 30 frames, the simulation moving a second between them.
    private static func measureFrames(dashboard: Dashboard, simulator: Simulator, width: Int, height: Int) -> (mean: Double, max: Double) {
        let clock = ContinuousClock()
        var previous: CellBuffer?
        var times: [Double] = []
        for _ in 0..<30 {
            simulator.advance(by: .seconds(1))
            let snapshot = simulator.snapshot()
            var changes = 0
            let time = clock.measure {
                let frame = dashboard.render(snapshot, width: width, height: height)
                changes = frame.changes(since: previous).count
                previous = frame
            }
            precondition(changes >= 0)
            times.append(time.milliseconds)
        }
        return (times.reduce(0, +) / Double(times.count), times.max() ?? 0)
    }

    /// The results as the README's markdown table.
    public static func table(_ results: [BenchmarkResult]) -> String {
        var lines = [
            "| scenario | running tasks | setup | simulated minute | simulated second (mean / max) | frame (mean / max) | frame, tasks on one instance | resident / peak memory |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in results {
            lines.append(
                "| \(r.name) | \(r.tasks) | \(ms(r.setupMilliseconds)) | \(ms(r.simulatedMinuteMilliseconds)) | "
                    + "\(ms(r.simulatedSecondMeanMilliseconds)) / \(ms(r.simulatedSecondMaxMilliseconds)) | "
                    + "\(ms(r.frameMeanMilliseconds)) / \(ms(r.frameMaxMilliseconds)) | \(ms(r.instanceFrameMeanMilliseconds)) | "
                    + "\(r.residentMiB) / \(r.peakResidentMiB) MiB |")
        }
        return lines.joined(separator: "\n")
    }

    private static func ms(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f ms", value) : value >= 1 ? String(format: "%.2f ms", value) : String(format: "%.3f ms", value)
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1_000 + Double(components.attoseconds) * 1e-15 }
}
