import Testing
import Simulator

@Suite struct CircuitBreakerTests {
    @Test func thresholdIsHalfTheDesiredCountWithinThreeAnd200() {
        #expect(DeploymentCircuitBreaker.threshold(desired: 1) == 3)
        #expect(DeploymentCircuitBreaker.threshold(desired: 6) == 3)
        #expect(DeploymentCircuitBreaker.threshold(desired: 7) == 4)
        #expect(DeploymentCircuitBreaker.threshold(desired: 10) == 5)
        #expect(DeploymentCircuitBreaker.threshold(desired: 1_000) == 200)
    }

    @Test func brokenImagesFailToStartWithTheAgentsPullError() throws {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27-broken"], desired: 1), seed: 3, chaos: .off)
        let id = simulator.activeTasks()[0].id
        simulator.advance(seconds: 10)
        let task = try #require(simulator.task(id))
        #expect(task.desiredStatus == .stopped && task.startedAt == nil)
        #expect(task.stopCode == .taskFailedToStart)
        let reason = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/library/nginx:1.27-broken: not found"
        #expect(task.stoppedReason == reason)
        #expect(task.containers[0].reason == reason && task.containers[0].exitCode == nil)
        #expect(simulator.service().service.deployments[0].failedTasks >= 1)
    }

    @Test func crashLoopingImagesStartThenExitWithCode1() throws {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27-crashloop"], desired: 1), seed: 3, chaos: .off)
        let id = simulator.activeTasks()[0].id
        let running = simulator.advance(until: { simulator.task(id)?.lastStatus == .running }, within: 10)
        #expect(running != nil)
        simulator.advance(seconds: 9)
        let task = try #require(simulator.task(id))
        #expect(task.stopCode == .essentialContainerExited && task.stoppedReason == "Essential container in task exited")
        #expect(task.containers[0].exitCode == 1)
        let ranFor = task.stoppingAt!.timeIntervalSince(task.startedAt!)
        #expect((2...8).contains(ranFor))
    }

    /// The default scenario's api (circuit breaker with rollback) told to deploy `api:13`, whose image is broken.
    @Test func aBrokenDeploymentFailsAndRollsBack() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 60)
        let completed = simulator.service("api", in: "prod").service.deployments[0]
        #expect(completed.rolloutState == .completed)
        let healthy = simulator.activeTasks("api", in: "prod").map(\.id)
        try simulator.deploy("api:13", cluster: "prod", service: "api")
        let failing = simulator.service("api", in: "prod").service.deployments[0]
        #expect(failing.taskDefinitionARN.hasSuffix("api:13"))

        // Three tasks fail to pull (threshold for 3 desired: 3): FAILED, then a rollback to api:12.
        let tripped = simulator.advance(until: {
            simulator.service("api", in: "prod").service.deployments.contains { $0.id == failing.id && $0.rolloutState == .failed }
        }, within: 30)
        #expect(tripped != nil)
        let service = simulator.service("api", in: "prod").service
        let rollback = service.deployments[0]
        #expect(service.deployments.count >= 2)
        #expect(rollback.status == .primary && rollback.id != completed.id && rollback.id != failing.id)
        #expect(rollback.taskDefinitionARN == completed.taskDefinitionARN)
        #expect(rollback.rolloutState == .inProgress)
        #expect(rollback.rolloutStateReason == "ECS deployment circuit breaker: rolling back to deploymentId \(completed.id).")
        let failed = try #require(service.deployments.first { $0.id == failing.id })
        #expect(failed.status == .active && failed.failedTasks == 3)
        #expect(failed.rolloutStateReason == "ECS deployment circuit breaker: tasks failed to start.")
        #expect(service.taskDefinitionARN.hasSuffix("api:12"))
        // Newest first: the failure, the rollback, then the same pass stops the failed deployment's
        // remaining tasks and starts api:12 ones.
        let messages = simulator.service("api", in: "prod").messages
        let rollingBack = try #require(messages.firstIndex(of: "(service api) rolling back to deployment \(completed.id)."))
        #expect(messages[rollingBack + 1] == "(service api) (deployment \(failing.id)) deployment failed: tasks failed to start.")
        #expect(messages[0].hasPrefix("(service api) has started 3 tasks: "))
        #expect(simulator.activeTasks("api", in: "prod").filter { $0.startedBy == rollback.id }.count == 3)
        #expect(simulator.activeTasks("api", in: "prod").allSatisfy { $0.startedBy != failing.id })
        // The healthy api:12 tasks served throughout (minimumHealthyPercent 100).
        #expect(healthy.allSatisfy { simulator.task($0, in: "prod")?.desiredStatus == .running })

        simulator.advance(seconds: 120)
        let after = simulator.service("api", in: "prod").service
        #expect(after.deployments.map(\.id) == [rollback.id])
        #expect(after.deployments[0].rolloutState == .completed)
        #expect(simulator.activeTasks("api", in: "prod").count == 3)
        #expect(simulator.activeTasks("api", in: "prod").allSatisfy { $0.taskDefinitionARN.hasSuffix("api:12") && $0.lastStatus == .running })
        #expect(simulator.service("api", in: "prod").messages.first == "(service api) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func withoutRollbackTheFailedDeploymentStopsLaunching() throws {
        let breaker = DeploymentConfiguration(deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: false))
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27", "nginx:1.28-broken"], desired: 4, configuration: breaker),
            seed: 6, chaos: .off)
        simulator.advance(seconds: 30)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 30)
        let deployment = simulator.service().service.deployments[0]
        #expect(deployment.status == .primary && deployment.rolloutState == .failed)
        #expect(deployment.failedTasks == 3)
        let launched = simulator.service().tasks.filter { $0.startedBy == deployment.id }.count
        simulator.advance(seconds: 300)
        #expect(simulator.service().tasks.filter { $0.startedBy == deployment.id }.count == launched, "no more launches")
        #expect(simulator.activeTasks(revision: 1).count == 4, "the old tasks keep serving")
        #expect(!simulator.service().messages.contains { $0.contains("rolling back") })
    }

    @Test func withoutTheBreakerTheDeploymentKeepsTrying() throws {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27", "nginx:1.28-broken"], desired: 4), seed: 6, chaos: .off)
        simulator.advance(seconds: 30)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 600)
        let deployment = simulator.service().service.deployments[0]
        #expect(deployment.rolloutState == .inProgress)
        #expect(deployment.failedTasks > 10)
        #expect(simulator.activeTasks(revision: 1).count == 4)
    }

    @Test func unhealthyTargetsTripTheBreakerToo() throws {
        let breaker = DeploymentConfiguration(deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: true))
        let check = TargetGroupHealthCheck(intervalSeconds: 10, healthyThresholdCount: 2)
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(
                images: ["nginx:1.27", "nginx:1.28-unhealthy"], desired: 2, configuration: breaker, targetGroup: check,
                deregistrationDelay: 5),
            seed: 6, chaos: .off)
        simulator.advance(seconds: 40)
        #expect(simulator.service().service.deployments[0].rolloutState == .completed)
        try simulator.deploy("app:2")
        let failing = simulator.service().service.deployments[0].id
        simulator.advance(seconds: 120)
        let messages = simulator.service().messages
        #expect(messages.contains("(service svc) (deployment \(failing)) deployment failed: tasks failed to start."))
        #expect(messages.contains { $0.hasPrefix("(service svc) rolling back to deployment ecs-svc/") })
        simulator.advance(seconds: 60)
        #expect(simulator.activeTasks(revision: 1).count == 2 && simulator.activeTasks(revision: 2).isEmpty)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }
}
