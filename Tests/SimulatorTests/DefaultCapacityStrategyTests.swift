import ECSModel
import Simulator
import Testing

/// A cluster's default capacity provider strategy applies to services that name neither a strategy
/// nor a launch type — at the start and through CreateService — and to no other.
@Suite struct DefaultCapacityStrategyTests {
    private func scenario() -> Scenario {
        var scenario = CapacityHarness.scenario(plain: 3, desired: 2)
        scenario.clusters[0].services[0].placement.capacityProviderStrategy = []
        scenario.clusters[0].defaultCapacityProviderStrategy = [CapacityProviderStrategyItem(capacityProvider: "cp")]
        var onEC2 = Scenario.ServiceSpec(name: "ec2", taskDefinition: "app", desiredCount: 1)
        onEC2.placement.launchType = .ec2
        scenario.clusters[0].services.append(onEC2)
        return scenario
    }

    @Test func servicesWithoutALaunchTypeTakeTheDefaultOthersKeepTheirs() throws {
        let simulator = Simulator(scenario: scenario(), seed: 1, chaos: .off)
        let cluster = simulator.cluster()
        #expect(cluster.service(named: "svc")?.service.capacityProviderStrategy.map(\.capacityProvider) == ["cp"])
        let ec2 = try #require(cluster.service(named: "ec2")?.service)
        #expect(ec2.capacityProviderStrategy.isEmpty)
        #expect(ec2.launchType == .ec2)
    }

    @Test func createServiceWithoutALaunchTypeTakesTheDefault() throws {
        let simulator = Simulator(scenario: scenario(), seed: 1, chaos: .off)
        try simulator.execute(.createService(ServiceCreation(cluster: "c", serviceName: "new", taskDefinition: "app", desiredCount: 1)))
        try simulator.execute(.createService(ServiceCreation(
            cluster: "c", serviceName: "pinned", taskDefinition: "app", desiredCount: 1, launchType: .ec2)))
        let cluster = simulator.cluster()
        #expect(cluster.service(named: "new")?.service.capacityProviderStrategy.map(\.capacityProvider) == ["cp"])
        #expect(cluster.service(named: "pinned")?.service.capacityProviderStrategy.isEmpty == true)
    }
}
