import Testing
import Simulator

@Suite struct DeploymentTests {
    /// A steady service of four `app:1` tasks (no load balancer: RUNNING is healthy).
    private func steady(_ minimum: Int, _ maximum: Int, desired: Int = 4) -> Simulator {
        let simulator = Simulator(
            scenario: RolloutHarness.scenario(
                desired: desired, configuration: DeploymentConfiguration(minimumHealthyPercent: minimum, maximumPercent: maximum)),
            seed: 31, chaos: .off)
        simulator.advance(seconds: 30)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        return simulator
    }

    /// Steps through the rollout, checking the bounds after every step, until only app:2 runs.
    private func rollOut(_ simulator: Simulator, desired: Int = 4, minimumHealthy: Int, maximum: Int,
                         each check: (Simulator) -> Void = { _ in }) {
        for _ in 0..<1_200 {
            simulator.advance(seconds: 0.1)
            let active = simulator.activeTasks()
            #expect(active.count <= maximum, "never more than maximumPercent")
            #expect(active.filter { $0.lastStatus == .running }.count >= minimumHealthy, "never fewer healthy than minimumHealthyPercent")
            check(simulator)
            if simulator.activeTasks(revision: 1).isEmpty, simulator.service().service.deployments.count == 1 { break }
        }
        #expect(simulator.activeTasks(revision: 2).count == desired)
    }

    @Test func at100And200AllNewTasksStartFirstAndEachOldOneStopsAsANewOneRuns() throws {
        let simulator = steady(100, 200)
        let old = simulator.activeTasks()
        let previous = simulator.service().service.deployments[0]
        try simulator.deploy("app:2")

        let service = simulator.service().service
        #expect(service.deployments.count == 2)
        let primary = service.deployments[0]
        #expect(primary.status == .primary && primary.rolloutState == .inProgress)
        #expect(primary.id != previous.id && primary.id.hasPrefix("ecs-svc/") && primary.id.count == 27)
        #expect(primary.rolloutStateReason == "ECS deployment \(primary.id) in progress.")
        #expect(primary.taskDefinitionARN.hasSuffix("task-definition/app:2"))
        #expect(service.taskDefinitionARN == primary.taskDefinitionARN)
        #expect(service.deployments[1].id == previous.id && service.deployments[1].status == .active)
        #expect(service.deployments[1].rolloutState == .completed)
        // maximumPercent 200: all four new tasks start at once, the old ones all keep running.
        #expect(simulator.activeTasks(revision: 2).count == 4)
        #expect(simulator.activeTasks(revision: 1).count == 4)
        #expect(simulator.activeTasks(revision: 2).allSatisfy { $0.startedBy == primary.id })

        rollOut(simulator, minimumHealthy: 4, maximum: 8) { simulator in
            // minimumHealthyPercent 100: an old task stops exactly when a new one runs.
            let newRunning = simulator.activeTasks(revision: 2).filter { $0.lastStatus == .running }.count
            #expect(simulator.activeTasks(revision: 1).count == 4 - newRunning)
        }
        for task in old {
            let stopped = try #require(simulator.task(task.id))
            #expect(stopped.desiredStatus == .stopped)
            #expect(stopped.stopCode == .serviceSchedulerInitiated)
            #expect(stopped.stoppedReason == "Scaling activity initiated by (deployment \(primary.id))")
        }
        simulator.advance(seconds: 40)
        let done = simulator.service().service
        #expect(done.deployments.count == 1, "the old deployment is INACTIVE and no longer listed")
        #expect(done.deployments[0].id == primary.id && done.deployments[0].rolloutState == .completed)
        #expect(done.deployments[0].rolloutStateReason == "ECS deployment \(primary.id) completed.")
        #expect(done.deployments[0].runningCount == 4 && done.deployments[0].desiredCount == 4)
        let messages = simulator.service().messages
        #expect(messages[0] == "(service svc) has reached a steady state.")
        #expect(messages[1] == "(service svc) (deployment \(primary.id)) deployment completed.")
        #expect(messages.filter { $0.contains("deployment completed") }.count == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func at50And100HalfStopsFirstThenTheRestAsTheNewOnesRun() throws {
        let simulator = steady(50, 100)
        try simulator.deploy("app:2")
        // Two old tasks stop at once (4 × 50 % must stay), two new ones take their places.
        #expect(simulator.activeTasks(revision: 1).count == 2)
        #expect(simulator.activeTasks(revision: 2).count == 2)
        #expect(simulator.service().messages[1].hasPrefix("(service svc) has stopped 2 running tasks: "))
        #expect(simulator.service().messages[0].hasPrefix("(service svc) has started 2 tasks: "))
        var sawSecondWave = false
        rollOut(simulator, minimumHealthy: 2, maximum: 4) { simulator in
            let running = simulator.activeTasks(revision: 2).filter { $0.lastStatus == .running }.count
            if running == 2 && simulator.activeTasks(revision: 2).count == 4 { sawSecondWave = true }
        }
        #expect(sawSecondWave, "once the first two run, the last two old ones stop and two more start")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func at0And100EverythingIsReplacedAtOnce() throws {
        let simulator = steady(0, 100)
        try simulator.deploy("app:2")
        #expect(simulator.activeTasks(revision: 1).isEmpty)
        #expect(simulator.activeTasks(revision: 2).count == 4)
        rollOut(simulator, minimumHealthy: 0, maximum: 4)
        simulator.advance(seconds: 40)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
    }

    @Test func at50And200TwoStopAndFourStartAtOnce() throws {
        let simulator = steady(50, 200)
        try simulator.deploy("app:2")
        #expect(simulator.activeTasks(revision: 1).count == 2)
        #expect(simulator.activeTasks(revision: 2).count == 4)
        rollOut(simulator, minimumHealthy: 2, maximum: 8)
    }

    @Test func at100And100TheDeploymentCannotProgress() throws {
        let simulator = steady(100, 100)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 60)
        #expect(simulator.activeTasks(revision: 1).count == 4)
        #expect(simulator.activeTasks(revision: 2).isEmpty)
        #expect(simulator.service().messages.first == "(service svc) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.")
        // Loosening the configuration lets it go on.
        try simulator.execute(.updateService(ServiceUpdate(
            cluster: "c", service: "svc", deploymentConfiguration: DeploymentConfiguration(minimumHealthyPercent: 50, maximumPercent: 100))))
        #expect(simulator.activeTasks(revision: 2).count == 2)
        #expect(simulator.service().service.deploymentConfiguration.minimumHealthyPercent == 50)
    }

    @Test func deploymentCountsFollowTheirTasks() throws {
        let simulator = steady(100, 200)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 3)
        for _ in 0..<60 {
            simulator.advance(seconds: 0.25)
            let service = simulator.service().service
            let tasks = simulator.service().tasks
            for deployment in service.deployments {
                let mine = tasks.filter { $0.startedBy == deployment.id }
                #expect(deployment.runningCount == mine.filter { $0.lastStatus == .running }.count)
                #expect(deployment.pendingCount == mine.filter { $0.lastStatus == .pending }.count)
                let active = mine.filter { $0.desiredStatus == .running }.count
                #expect(deployment.desiredCount == (deployment.status == .primary ? 4 : active))
            }
        }
    }

    @Test func forceNewDeploymentRedeploysTheSameDefinitionAndTheSameOneAloneDoesNot() throws {
        let simulator = steady(100, 200)
        let first = simulator.service().service.deployments[0].id
        try simulator.deploy("app:1")
        #expect(simulator.service().service.deployments.map(\.id) == [first], "same task definition: nothing to deploy")
        try simulator.deploy(nil, force: true)
        let deployments = simulator.service().service.deployments
        #expect(deployments.count == 2 && deployments[1].id == first)
        #expect(deployments[0].taskDefinitionARN == deployments[1].taskDefinitionARN)
        #expect(simulator.activeTasks(revision: 1).count == 8)
        simulator.advance(seconds: 90)
        #expect(simulator.service().service.deployments.map(\.id) == [deployments[0].id])
        #expect(simulator.activeTasks().allSatisfy { $0.startedBy == deployments[0].id })
    }

    @Test func familyAndARNResolveToTheirRevisions() throws {
        let simulator = steady(100, 200)
        try simulator.deploy("app")  // latest revision: app:2
        #expect(simulator.service().service.taskDefinitionARN.hasSuffix(":2"))
        simulator.advance(seconds: 60)
        let arn = simulator.service().tasks.first { $0.taskDefinitionARN.hasSuffix(":1") }!.taskDefinitionARN
        try simulator.deploy(arn)
        #expect(simulator.service().service.taskDefinitionARN == arn)
    }

    @Test func invalidUpdatesChangeNothing() throws {
        let simulator = steady(100, 200)
        let before = simulator.service().service
        #expect(throws: ECSError("ClientException", "TaskDefinition not found.")) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "c", service: "svc", desiredCount: 2, taskDefinition: "nope:3")))
        }
        #expect(throws: ECSError("InvalidParameterException", "Invalid minimumHealthyPercent 150: it must be between 0 and 100.")) {
            try simulator.execute(.updateService(ServiceUpdate(
                cluster: "c", service: "svc", desiredCount: 2, taskDefinition: "app:2",
                deploymentConfiguration: DeploymentConfiguration(minimumHealthyPercent: 150))))
        }
        #expect(throws: ECSError("InvalidParameterException", "Invalid maximumPercent 50: it must be between 100 and 100000.")) {
            try simulator.execute(.updateService(ServiceUpdate(
                cluster: "c", service: "svc", deploymentConfiguration: DeploymentConfiguration(maximumPercent: 50))))
        }
        #expect(throws: ECSError.self) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "c", service: "svc", healthCheckGracePeriodSeconds: -1)))
        }
        #expect(throws: ECSError("ServiceNotFoundException", "Service not found.")) { try simulator.deploy("app:2", service: "nope") }
        let after = simulator.service().service
        #expect(after.desiredCount == before.desiredCount && after.deployments == before.deployments)
        #expect(after.deploymentConfiguration == before.deploymentConfiguration)
        #expect(simulator.activeTasks().count == 4)
        try simulator.execute(.updateService(ServiceUpdate(cluster: "c", service: "svc", healthCheckGracePeriodSeconds: 45)))
        #expect(simulator.service().service.healthCheckGracePeriodSeconds == 45)
    }

    @Test func scalingDuringARolloutScalesThePrimary() throws {
        let simulator = steady(100, 200)
        try simulator.deploy("app:2")
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 2))
        simulator.advance(seconds: 120)
        #expect(simulator.activeTasks(revision: 2).count == 2)
        #expect(simulator.activeTasks(revision: 1).isEmpty)
        let service = simulator.service().service
        #expect(service.deployments.count == 1 && service.deployments[0].desiredCount == 2)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }
}
