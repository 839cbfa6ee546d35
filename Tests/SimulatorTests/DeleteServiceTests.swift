import Testing
import Simulator

/// DeleteService: refused while scaled without force, DRAINING while the tasks stop and their targets
/// drain, then INACTIVE; the name may then be used again.
@Suite struct DeleteServiceTests {
    /// Two tasks of `svc` behind target group `tg`, healthy after 160 s; a deregistration delay of 30 s.
    private func behindTargetGroup(seed: UInt64 = 8) -> Simulator {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(desired: 2, targetGroup: TargetGroupHealthCheck(), deregistrationDelay: 30),
            seed: seed, chaos: .off)
        simulator.advance(seconds: 160)
        return simulator
    }

    private func refusal(_ simulator: Simulator, _ command: ControlPlaneCommand) -> ECSError? {
        do { try simulator.execute(command); return nil } catch { return error }
    }

    @Test func aScaledReplicaServiceNeedsForce() throws {
        let simulator = behindTargetGroup()
        let before = simulator.snapshot().revision
        #expect(refusal(simulator, .deleteService(cluster: "c", service: "svc", force: false))
            == .invalidParameter("The service cannot be stopped while it is scaled above 0."))
        #expect(simulator.service().service.status == "ACTIVE" && simulator.activeTasks().count == 2)
        #expect(simulator.snapshot().revision == before + 1, "only the call itself counts")
        #expect(refusal(simulator, .deleteService(cluster: "nope", service: "svc", force: true)) == .clusterNotFound())
        #expect(refusal(simulator, .deleteService(cluster: "c", service: "ghost", force: true)) == .serviceNotFound())
        // Scaled to 0 first, no force is needed.
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 0))
        try simulator.execute(.deleteService(cluster: "c", service: "arn:aws:ecs:us-east-1:123456789012:service/c/svc", force: false))
        #expect(simulator.service().service.status == "DRAINING")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func forceDrainsTheTasksThroughTheirTargetsThenTheServiceIsInactive() throws {
        let simulator = behindTargetGroup()
        let arn = simulator.targetGroup().arn
        let tasks = simulator.activeTasks().map(\.id)
        let deployment = simulator.service().service.deployments[0].id
        try simulator.execute(.deleteService(cluster: "c", service: "svc", force: true))

        let service = simulator.service()
        #expect(service.service.status == "DRAINING" && service.service.desiredCount == 0)
        #expect(service.service.deployments[0].desiredCount == 0)
        #expect(simulator.cluster().cluster.activeServicesCount == 0)
        #expect(service.messages[0] == "(service svc) has stopped 2 running tasks: (task \(tasks[0])) (task \(tasks[1])).")
        for id in tasks {
            let task = try #require(simulator.task(id))
            #expect(task.desiredStatus == .stopped && task.stopCode == .serviceSchedulerInitiated)
            #expect(task.stoppedReason == "Scaling activity initiated by (deployment \(deployment))")
        }
        #expect(simulator.invariantViolations() == [])

        // The targets drain for the deregistration delay, as in a scale-in; nothing new starts.
        _ = simulator.advance(until: { simulator.targetGroup().targets.allSatisfy { $0.state == .draining } }, within: 2, step: 0.05)
        #expect(simulator.targetGroup().targets.count == 2 && simulator.targetGroup().targets.allSatisfy { $0.state == .draining })
        // The two tasks deactivate a moment apart: one drain event each.
        let sinceStop = simulator.service().messages.prefix { !$0.hasPrefix("(service svc) has stopped 2 running tasks") }
        #expect(sinceStop.count(where: { $0 == "(service svc) deregistered 1 targets in (target-group \(arn))" }) >= 1)
        #expect(sinceStop.contains("(service svc) has begun draining connections on 1 tasks."))
        simulator.advance(seconds: 20)
        #expect(simulator.service().service.status == "DRAINING", "still draining its targets")
        #expect(simulator.invariantViolations() == [])

        let waited = simulator.advance(until: { simulator.service().service.status == "INACTIVE" }, within: 120, step: 1)
        #expect(waited != nil)
        let inactive = simulator.service()
        #expect(inactive.tasks.allSatisfy { $0.lastStatus == .stopped } && inactive.tasks.count == 2)
        #expect(simulator.targetGroup().targets.isEmpty)
        #expect(inactive.service.runningCount == 0 && inactive.service.pendingCount == 0)
        let sinceDeletion = inactive.messages.prefix { !$0.hasPrefix("(service svc) has stopped 2 running tasks") }
        #expect(!sinceDeletion.contains { $0.contains("has started") || $0.contains("steady state") }, "\(sinceDeletion)")
        // Nothing more happens to it.
        simulator.advance(seconds: 600)
        #expect(simulator.service().service.events == inactive.service.events)
        #expect(simulator.service().tasks.count == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aDeletedServiceIsRefusedEverythingElse() throws {
        let simulator = behindTargetGroup()
        try simulator.execute(.deleteService(cluster: "c", service: "svc", force: true))
        let draining = simulator.service().service
        #expect(refusal(simulator, .updateService(cluster: "c", service: "svc", desiredCount: 3)) == .serviceNotActive())
        #expect(refusal(simulator, .injectFault(.failHealthChecks(cluster: "c", service: "svc", duration: .seconds(10))))
            == .serviceNotActive())
        #expect(refusal(simulator, .createService(ServiceCreation(cluster: "c", serviceName: "svc", taskDefinition: "app:1")))
            == .invalidParameter("Creation of service was not idempotent."))
        // Deleting it again changes nothing.
        try simulator.execute(.deleteService(cluster: "c", service: "svc", force: false))
        #expect(simulator.service().service == draining)

        _ = simulator.advance(until: { simulator.service().service.status == "INACTIVE" }, within: 200, step: 1)
        #expect(simulator.service().service.status == "INACTIVE")
        #expect(refusal(simulator, .updateService(cluster: "c", service: "svc", desiredCount: 3)) == .serviceNotActive())
        #expect(refusal(simulator, .deleteService(cluster: "c", service: "svc", force: true)) == .serviceNotActive())
        #expect(simulator.invariantViolations() == [])
    }

    @Test func theNameOfAnInactiveServiceMakesAFreshService() throws {
        let simulator = behindTargetGroup()
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 0))
        simulator.advance(seconds: 120)
        let old = simulator.service().service
        try simulator.execute(.deleteService(cluster: "c", service: "svc", force: false))
        #expect(simulator.service().service.status == "INACTIVE", "no task left to stop: INACTIVE at once")

        try simulator.execute(.createService(ServiceCreation(cluster: "c", serviceName: "svc", taskDefinition: "app:2", desiredCount: 3)))
        let fresh = simulator.service()
        #expect(fresh.service.status == "ACTIVE" && fresh.service.desiredCount == 3 && fresh.service.arn == old.arn)
        #expect(fresh.service.deployments.count == 1 && fresh.service.deployments[0].id != old.deployments[0].id)
        #expect(fresh.tasks.count == 3 && fresh.tasks.allSatisfy { $0.taskDefinitionARN.hasSuffix("app:2") })
        let cluster = simulator.cluster()
        #expect(cluster.services.map(\.service.status) == ["INACTIVE", "ACTIVE"], "the deleted one is still described")
        #expect(cluster.cluster.activeServicesCount == 1)
        simulator.advance(seconds: 30)
        #expect(simulator.service().service.runningCount == 3)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aDaemonServiceIsDeletedWithoutForce() throws {
        var scenario = Harness.scenario(instances: 3, desired: 1)
        scenario.taskDefinitions.append(.init(family: "agent", containerDefinitions: [
            ContainerDefinition(name: "agent", image: "datadog/agent:7", cpu: 64, memory: 128)
        ]))
        let simulator = Simulator(scenario: scenario, seed: 3, chaos: .off)
        try simulator.execute(.createService(ServiceCreation(
            cluster: "c", serviceName: "agent", taskDefinition: "agent", schedulingStrategy: .daemon)))
        simulator.advance(seconds: 30)
        #expect(simulator.service("agent").service.desiredCount == 3)
        try simulator.execute(.deleteService(cluster: "c", service: "agent", force: false))
        #expect(simulator.service("agent").service.status == "DRAINING")
        #expect(simulator.activeTasks("agent").isEmpty)
        // An instance that comes back ACTIVE gets no daemon task of a deleted service.
        let instance = simulator.cluster().instances[0].id
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance], status: .draining))
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [instance], status: .active))
        #expect(simulator.activeTasks("agent").isEmpty)
        #expect(simulator.service("agent").service.desiredCount == 0)
        _ = simulator.advance(until: { simulator.service("agent").service.status == "INACTIVE" }, within: 120, step: 1)
        #expect(simulator.service("agent").service.status == "INACTIVE")
        #expect(simulator.service().service.runningCount == 1, "other services are untouched")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func autoScalingStopsActingOnADeletedService() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 120)
        #expect(simulator.service("web", in: "prod").autoScaling != nil)
        try simulator.execute(.deleteService(cluster: "prod", service: "web", force: true))
        simulator.advance(seconds: 900)
        let web = simulator.service("web", in: "prod")
        #expect(web.service.status == "INACTIVE" && web.service.desiredCount == 0 && web.autoScaling == nil)
        #expect(simulator.invariantViolations() == [])
        // Export leaves it out.
        let exported = simulator.exportScenario()
        #expect(exported.clusters.first { $0.name == "prod" }?.services.map(\.name) == ["api", "worker", "frontend", "log-router"])
    }

    @Test func theSameSeedDeletesTheSameWay() throws {
        func run() throws -> [String] {
            let simulator = behindTargetGroup(seed: 11)
            try simulator.execute(.deleteService(cluster: "c", service: "svc", force: true))
            simulator.advance(seconds: 45)
            try? simulator.execute(.createService(ServiceCreation(cluster: "c", serviceName: "svc", taskDefinition: "app", desiredCount: 2)))
            simulator.advance(seconds: 300)
            try? simulator.execute(.createService(ServiceCreation(cluster: "c", serviceName: "svc", taskDefinition: "app", desiredCount: 2)))
            simulator.advance(seconds: 60)
            return simulator.cluster().services.flatMap { service in
                [service.service.status] + service.messages + service.tasks.map { "\($0.id) \($0.lastStatus) \($0.stoppedAt.map { "\($0)" } ?? "-")" }
            }
        }
        let first = try run()
        #expect(first == (try run()))
        #expect(first.contains("INACTIVE") && first.contains("ACTIVE"))
    }
}
