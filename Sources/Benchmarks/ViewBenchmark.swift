import Dashboard
import Foundation
import Simulator

/// How long opening each view, filtering, sorting and scrolling a sorted list take: each key handled
/// plus the frame that shows its result (and, for logs, fetching the lines), as the run loop does it.
/// The worst key of ten repetitions is reported, against the budget of one frame (16 ms).
public enum ViewBenchmark {
    /// What is measured, in the order the table lists it.
    public static let actions = [
        "describe service", "logs of a task", "service detail", "instance detail", "cluster overview",
        "filter instances", "sort instances", "scroll sorted",
    ]

    /// Worst milliseconds per action, for one scenario run a simulated minute.
    public static func measure(_ benchmarkCase: BenchmarkCase, seed: UInt64 = 42, width: Int = 160, height: Int = 48) -> [Double] {
        let simulator = Simulator(scenario: benchmarkCase.scenario, seed: seed, chaos: .low)
        simulator.advance(by: .seconds(60))
        let controlPlane = SimulatedControlPlane(simulator: simulator)
        let snapshot = controlPlane.snapshot()

        // The busiest cluster and its largest service selected, as in the frame benchmark.
        var base = Dashboard()
        base.resize(width: width, height: height)
        let clusterIndex = snapshot.clusters.indices.max { snapshot.clusters[$0].cluster.runningTasksCount < snapshot.clusters[$1].cluster.runningTasksCount } ?? 0
        let services = snapshot.clusters[clusterIndex].services
        let serviceIndex = services.indices.max { services[$0].tasks.count < services[$1].tasks.count } ?? 0
        let keys: [Key] = [.character("1")] + Array(repeating: .down, count: clusterIndex)
            + [.character("2")] + Array(repeating: .down, count: serviceIndex)
        for key in keys { _ = base.handle(key, in: snapshot) }

        let scripts: [[Key]] = [
            [.character("2"), .character("d")],
            [.character("3"), .character("l")],
            [.character("2"), .character("i")],
            [.character("4"), .character("i")],
            [.character("1"), .character("i")],
            [.character("4"), .character("/"), .character("1"), .character("a"), .enter],
            [.character("4")] + Array(repeating: .character("o"), count: 7),  // by CPU reservation
        ]
        let clock = ContinuousClock()
        var worst = scripts.map { script in
            var slowest = 0.0
            for _ in 0..<10 {
                var dashboard = base
                for key in script {
                    let time = clock.measure {
                        _ = dashboard.handle(key, in: snapshot)
                        dashboard.refreshLogs(from: controlPlane, snapshot: snapshot)
                        _ = dashboard.render(snapshot, width: width, height: height)
                    }
                    slowest = max(slowest, time.milliseconds)
                }
            }
            return slowest
        }
        // Scrolling a sorted list: the sort is done once, then each key and frame reuses it.
        var sorted = base
        for key in scripts[6] { _ = sorted.handle(key, in: snapshot) }
        _ = sorted.render(snapshot, width: width, height: height)
        worst.append(time(repeating: 30) {
            _ = sorted.handle(.down, in: snapshot)
            _ = sorted.render(snapshot, width: width, height: height)
        })
        return worst
    }

    private static func time(repeating count: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        return (0..<count).map { _ in clock.measure(body).milliseconds }.max() ?? 0
    }

    /// The results as the README's markdown table.
    public static func table(_ rows: [(name: String, milliseconds: [Double])]) -> String {
        var lines = [
            "| scenario | " + actions.joined(separator: " | ") + " |",
            "|---|" + actions.map { _ in "---:" }.joined(separator: "|") + "|",
        ]
        for row in rows {
            lines.append("| \(row.name) | " + row.milliseconds.map { String(format: $0 >= 1 ? "%.2f ms" : "%.3f ms", $0) }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
