import Testing
import Simulator

@Suite struct DeterminismTests {
    /// Runs the same script of commands and returns a fingerprint of the final snapshot.
    private func run(seed: UInt64) -> [String] {
        let simulator = Simulator(scenario: .default, seed: seed, chaos: .high)
        simulator.advance(seconds: 45)
        try? simulator.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 5))
        simulator.advance(seconds: 30)
        let instance = simulator.cluster("prod").instances[2].id
        try? simulator.execute(.updateContainerInstancesState(cluster: "prod", containerInstances: [instance], status: .draining))
        simulator.advance(seconds: 120)
        let snapshot = simulator.snapshot()
        return snapshot.clusters.flatMap { cluster in
            cluster.allTasks.map { "\($0.id) \($0.lastStatus) \($0.desiredStatus) \($0.containerInstanceID ?? $0.availabilityZone) \($0.firstHostPort ?? 0) \($0.stopCode?.rawValue ?? "")" }
                + cluster.services.flatMap { $0.service.events.map { "\($0.id) \($0.message)" } }
                + cluster.instances.map { "\($0.id) \($0.remainingResources) \($0.status)" }
                + ["\(cluster.metrics.cpuUtilization)"]
        }
    }

    @Test func sameSeedSameRun() {
        #expect(run(seed: 77) == run(seed: 77))
    }

    @Test func differentSeedsDiffer() {
        #expect(run(seed: 77) != run(seed: 78))
    }
}
