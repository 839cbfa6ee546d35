import ECSModel
import Simulator
import Testing

/// `exportScenario()`: the running state as a scenario that starts a simulation where this one is.
@Suite struct ExportTests {
    private func configuration(_ scenario: Scenario) -> [String] {
        var lines = scenario.taskDefinitions.map { "td \($0.family):\($0.revision) \($0.networkMode) \($0.containerDefinitions.map(\.image))" }
        for cluster in scenario.clusters {
            lines.append("cluster \(cluster.name) instances \(cluster.instances.map { "\($0.instanceType)@\($0.availabilityZone)" })")
            for service in cluster.services {
                lines.append("service \(service.name) \(service.taskDefinition) x\(service.desiredCount) \(service.placement.schedulingStrategy) "
                    + "lb \(service.loadBalancers.map(\.targetGroup)) scaling \(service.autoScaling.map { "\($0.minCapacity)-\($0.maxCapacity)" } ?? "-")")
            }
            lines.append("standalone \(cluster.standaloneTasks.map { "\($0.taskDefinition)x\($0.count)" })")
            lines.append("asg \(cluster.autoScalingGroups.map { "\($0.name)=\($0.desiredCapacity)" })")
            lines.append("tg \(cluster.targetGroups.map(\.name)) cp \(cluster.capacityProviders.map(\.name))")
        }
        return lines
    }

    @Test func exportKeepsWhatTheUserChangedAndStartsAValidSimulation() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(60))
        try simulator.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 5))
        try simulator.execute(.updateService(ServiceUpdate(cluster: "prod", service: "web", taskDefinition: "web:8")))
        simulator.advance(by: .seconds(120))
        let exported = simulator.exportScenario()
        #expect(exported.validationErrors().isEmpty)
        let lines = configuration(exported)
        #expect(lines.contains { $0.hasPrefix("service worker worker:3 x5 ") })
        #expect(lines.contains { $0.hasPrefix("service web web:8 x4 ") }, "the new deployment's revision")
        #expect(lines.contains("standalone []"), "migrate has finished: nothing standalone is running")
        #expect(lines.filter { $0.hasPrefix("td ") }.count == Scenario.default.taskDefinitions.count)

        // The exported scenario runs, and exporting it again gives the same configuration.
        let again = Simulator(scenario: exported, seed: 42, chaos: .off)
        again.advance(by: .seconds(120))
        let worker = try #require(again.snapshot().cluster(named: "prod")?.service(named: "worker"))
        #expect(worker.service.runningCount == 5)
        #expect(configuration(again.exportScenario()) == lines)
    }

    @Test func instancesAreTheOnesRegisteredNow() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(30))
        let victim = try #require(simulator.snapshot().cluster(named: "prod")?.instances.first)
        try simulator.execute(.injectFault(.terminateInstance(cluster: "prod", instance: victim.id)))
        simulator.advance(by: .seconds(60))
        let prod = try #require(simulator.exportScenario().clusters.first { $0.name == "prod" })
        #expect(prod.instances.count == 5)
    }
}
