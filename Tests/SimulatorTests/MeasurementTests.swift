import Foundation
import Testing
import Simulator

/// Timings for the benchmark scenario, printed rather than asserted (speed belongs in benchmarks).
/// Run with: SIMULATOR_MEASURE=1 swift test -c release --filter MeasurementTests
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SIMULATOR_MEASURE"] != nil))
struct MeasurementTests {
    @Test(arguments: [ChaosLevel.off, .low])
    func scaledScenario(chaos: ChaosLevel) {
        let clock = ContinuousClock()
        var simulator: Simulator!
        let startup = clock.measure { simulator = Simulator(scenario: .scaled(instances: 5_000, tasks: 50_000), seed: 1, chaos: chaos) }
        let warmUp = clock.measure { simulator.advance(by: .seconds(30)) }
        var snapshot = simulator.snapshot()
        let tasks = snapshot.clusters.reduce(0) { $0 + $1.services.reduce(0) { $0 + $1.service.runningCount } }
        let desired = snapshot.clusters.reduce(0) { $0 + $1.services.reduce(0) { $0 + $1.service.desiredCount } }
        let seconds = 60
        let steady = clock.measure {
            for _ in 0..<seconds {
                simulator.advance(by: .seconds(1))
                snapshot = simulator.snapshot()  // as the dashboard does every frame
            }
        }
        let withoutSnapshots = clock.measure { for _ in 0..<seconds { simulator.advance(by: .seconds(1)) } }
        let snapshots = clock.measure { for _ in 0..<1_000 { snapshot = simulator.snapshot() } }
        print("""
            [measure] chaos \(chaos): startup \(startup), first 30 s \(warmUp), running \(tasks), \
            per simulated second \(steady / seconds) (\(withoutSnapshots / seconds) without snapshots), snapshot \(snapshots / 1_000), \
            resident \(residentMiB()) MiB, violations \(simulator.invariantViolations().count)
            """)
        #expect(desired == 50_000)
        #expect(chaos != .off || tasks == 50_000)
    }

    private func residentMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
        return (Int(line.split(separator: " ")[1]) ?? 0) / 1024
    }
}
