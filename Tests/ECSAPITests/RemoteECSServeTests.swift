@testable import ECSAPI
import ECSModel
import Foundation
import Simulator
import Testing

/// `RemoteECS` over `ecstop serve`'s endpoint, which pages at 100 and refuses describes of more than
/// 10 services or 100 tasks: the paging and batching must read the simulation back whole, signed.
@Suite
struct RemoteECSServeTests {
    @Test func aServedSimulationReadsBackWholeThroughSignedPagedCalls() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        let controlPlane = LockedControlPlane(SimulatedControlPlane(simulator: simulator))
        // More than 10 services and 100 tasks in one cluster, so that describes must be batched.
        let first = try #require(controlPlane.snapshot().clusters.first)
        let taskDefinition = try #require(
            controlPlane.snapshot().taskDefinitions.values.first { $0.requiresCompatibilities.contains(.fargate) }?.arn)
        for index in 1...12 {
            try controlPlane.execute(.createService(ServiceCreation(
                cluster: first.cluster.name, serviceName: "extra-\(index)", taskDefinition: taskDefinition,
                desiredCount: 10, launchType: .fargate)))
        }
        simulator.advance(by: .seconds(120))
        let served = try SignedServedSimulation(controlPlane, refreshInterval: .milliseconds(500))
        defer { served.stop() }
        let remote = served.remote

        let deadline = Date(timeIntervalSinceNow: 15)
        var snapshot = remote.snapshot()
        while snapshot.clusters.isEmpty, remote.lastError == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            snapshot = remote.snapshot()
        }
        #expect(remote.lastError == nil)
        let expected = controlPlane.snapshot()
        #expect(snapshot.clusters.map(\.cluster.name) == expected.clusters.map(\.cluster.name).sorted())
        #expect(expected.clusters[0].allTasks.count > 100 && expected.clusters[0].services.count > 10)
        for cluster in expected.clusters {
            let read = try #require(snapshot.cluster(named: cluster.cluster.name))
            #expect(read.services.map(\.service.name) == cluster.services.map(\.service.name).sorted())
            #expect(Set(read.allTasks.map(\.id)) == Set(cluster.allTasks.map(\.id)), "\(cluster.cluster.name)")
            #expect(Set(read.instances.map(\.id)) == Set(cluster.instances.map(\.id)))
            for service in cluster.services {
                #expect(read.service(named: service.service.name)?.service.desiredCount == service.service.desiredCount)
            }
        }
    }
}
