import Testing
import Simulator

@Suite struct LoadBalancingTests {
    /// Two tasks behind target group `tg` with ELB's default health check (every 30 s, healthy after 5).
    private func behindTargetGroup(
        image: String = "nginx:1.27", desired: Int = 2, gracePeriod: Int = 0, deregistrationDelay: Int = 300,
        targetType: TargetGroup.TargetType = .instance, networkMode: NetworkMode = .bridge, seed: UInt64 = 8
    ) -> Simulator {
        Simulator(
            scenario: RolloutHarness.scenario(
                images: [image, "nginx:1.28"], desired: desired, targetGroup: TargetGroupHealthCheck(), targetType: targetType,
                deregistrationDelay: deregistrationDelay, gracePeriod: gracePeriod, networkMode: networkMode),
            seed: seed, chaos: .off)
    }

    @Test func theScenarioDeclaresTargetGroupsAndLoadBalancers() {
        let simulator = behindTargetGroup()
        let cluster = simulator.cluster()
        let group = cluster.targetGroups[0]
        #expect(group.name == "tg" && group.arn.hasPrefix(RolloutHarness.tgARN) && group.arn.count == RolloutHarness.tgARN.count + 16)
        #expect(group.healthCheck == TargetGroupHealthCheck(path: "/", intervalSeconds: 30, timeoutSeconds: 5, healthyThresholdCount: 5, unhealthyThresholdCount: 2, matcher: "200"))
        #expect(group.deregistrationDelaySeconds == 300)
        let balancer = cluster.loadBalancers[0]
        #expect(balancer.arn.hasPrefix("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb/"))
        #expect(balancer.dnsName.hasPrefix("alb-") && balancer.dnsName.hasSuffix(".us-east-1.elb.amazonaws.com"))
        #expect(balancer.listeners == [.init(port: 80, targetGroupARN: group.arn)])
        #expect(group.loadBalancerARNs == [balancer.arn])
        #expect(simulator.service().service.loadBalancers == [LoadBalancer(targetGroupARN: group.arn, containerName: "app", containerPort: 80)])
        // ARNs come from names, not from the seed.
        #expect(behindTargetGroup(seed: 9).targetGroup().arn == group.arn)
    }

    @Test func tasksRegisterWhileActivatingAndBecomeHealthyAfterFivePassingChecks() throws {
        let simulator = behindTargetGroup()
        let arn = simulator.targetGroup().arn
        let tasks = simulator.activeTasks()
        // Not registered before ACTIVATING.
        #expect(simulator.targetGroup().targets.isEmpty)
        let registered = simulator.advance(until: { simulator.targetGroup().targets.count == 1 }, within: 10, step: 0.05)
        #expect(registered != nil)
        let first = simulator.targetGroup().targets[0]
        let task = try #require(simulator.task(first.taskID!))
        #expect(task.lastStatus == .activating)
        #expect(first.state == .initial && first.reason == "Elb.RegistrationInProgress")
        #expect(first.targetID == task.ec2InstanceID && first.port == task.firstHostPort)
        #expect(simulator.service().messages.first == "(service svc) registered 1 targets in (target-group \(arn))")
        simulator.advance(seconds: 20)
        #expect(Set(simulator.targetGroup().targets.map(\.taskID)) == Set(tasks.map(\.id)))
        #expect(simulator.service().service.runningCount == 2)

        // Checks at 30, 60, 90, 120 and 150 s: initial until the fifth pass.
        simulator.advance(seconds: 149 - simulator.seconds)
        #expect(simulator.targetGroup().targets.allSatisfy { $0.state == .initial && $0.reason == "Elb.InitialHealthChecking" })
        #expect(simulator.service().service.deployments[0].rolloutState == .inProgress, "RUNNING is not enough behind a load balancer")
        #expect(simulator.service().messages.first != "(service svc) has reached a steady state.")
        simulator.advance(seconds: 2)
        #expect(simulator.targetGroup().targets.allSatisfy { $0.state == .healthy && $0.reason == nil })
        let service = simulator.service()
        #expect(service.service.deployments[0].rolloutState == .completed)
        #expect(service.messages[0] == "(service svc) has reached a steady state.")
        #expect(service.service.events[0].second == 150)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func stoppedTasksDrainForTheDeregistrationDelayThenLeave() throws {
        let simulator = behindTargetGroup()
        simulator.advance(seconds: 160)
        let arn = simulator.targetGroup().arn
        let victim = simulator.activeTasks()[0]
        try simulator.execute(.stopTask(cluster: "c", task: victim.id, reason: ""))
        let waited = simulator.advance(until: { simulator.task(victim.id)?.lastStatus == .deactivating }, within: 2, step: 0.05)
        #expect(waited != nil)
        let target = try #require(simulator.targetGroup().targets.first { $0.taskID == victim.id })
        #expect(target.state == .draining && target.reason == "Target.DeregistrationInProgress")
        let messages = simulator.service().messages
        #expect(messages[0] == "(service svc) deregistered 1 targets in (target-group \(arn))")
        #expect(messages[1] == "(service svc) has begun draining connections on 1 tasks.")
        #expect(messages[2].hasPrefix("(service svc) has started 1 tasks: "))
        // DEACTIVATING for the 300 s deregistration delay, then STOPPING and gone from the group.
        simulator.advance(seconds: 298)
        #expect(simulator.task(victim.id)?.lastStatus == .deactivating)
        #expect(simulator.targetGroup().targets.contains { $0.taskID == victim.id })
        simulator.advance(seconds: 3)
        #expect(simulator.task(victim.id)!.lastStatus > .deactivating)
        #expect(!simulator.targetGroup().targets.contains { $0.taskID == victim.id })
        simulator.advance(seconds: 40)
        #expect(simulator.task(victim.id)?.lastStatus == .stopped)
        #expect(simulator.targetGroup().targets.count == 2)
        #expect(simulator.targetGroup().targets.allSatisfy { $0.state == .healthy })
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func unhealthyTargetsAreReplacedRightAwayWithoutAGracePeriod() throws {
        let simulator = behindTargetGroup(image: "nginx:1.27-unhealthy")
        let arn = simulator.targetGroup().arn
        let first = simulator.activeTasks().map(\.id)
        // Unhealthy after the second failed check (60 s); replaced at once.
        simulator.advance(seconds: 59)
        #expect(simulator.targetGroup().targets.allSatisfy { $0.state == .initial })
        simulator.advance(seconds: 2)
        for id in first {
            let task = try #require(simulator.task(id))
            #expect(task.desiredStatus == .stopped)
            #expect(task.stopCode == .serviceSchedulerInitiated)
            #expect(task.stoppedReason == "Task failed ELB health checks in (target-group \(arn))")
            let port = task.firstHostPort!
            #expect(simulator.service().messages.contains(
                "(service svc) (task \(id)) (port \(port)) is unhealthy in (target-group \(arn)) due to (reason Health checks failed with these codes: [503])."))
        }
        // The unhealthy targets drain like any other.
        #expect(simulator.targetGroup().targets.filter { first.contains($0.taskID!) }.allSatisfy { $0.state == .draining })
        let stopped = simulator.service().messages.first { $0.hasPrefix("(service svc) has stopped 2 running tasks: ") }
        #expect(stopped.map { message in first.allSatisfy { message.contains("(task \($0))") } } == true)
        #expect(simulator.activeTasks().count == 2 && simulator.activeTasks().allSatisfy { !first.contains($0.id) })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func theGracePeriodHoldsOffTheReplacement() throws {
        let simulator = behindTargetGroup(image: "nginx:1.27-unhealthy", gracePeriod: 100)
        let first = simulator.activeTasks().map(\.id)
        simulator.advance(seconds: 61)
        for target in simulator.targetGroup().targets {
            #expect(target.state == .unhealthy && target.reason == "Target.ResponseCodeMismatch")
            #expect(target.description == "Health checks failed with these codes: [503]")
        }
        #expect(first.allSatisfy { simulator.task($0)?.desiredStatus == .running }, "within the grace period")
        // Started at about 3–7 s: the grace period ends before the check at 120 s.
        simulator.advance(seconds: 58)
        #expect(first.allSatisfy { simulator.task($0)?.desiredStatus == .running })
        simulator.advance(seconds: 2)
        #expect(first.allSatisfy { simulator.task($0)?.desiredStatus == .stopped })
    }

    @Test func failHealthChecksMakesHealthyTargetsUnhealthyForItsDuration() throws {
        let simulator = behindTargetGroup()
        simulator.advance(seconds: 160)
        let healthy = simulator.activeTasks().map(\.id)
        try simulator.execute(.injectFault(.failHealthChecks(cluster: "c", service: "svc", duration: .seconds(55))))
        // Checks at 180 and 210 s fail: unhealthy and replaced at 210 s.
        simulator.advance(seconds: 209 - simulator.seconds)
        #expect(healthy.allSatisfy { simulator.task($0)?.desiredStatus == .running })
        simulator.advance(seconds: 2)
        #expect(healthy.allSatisfy { simulator.task($0)?.stoppedReason?.hasPrefix("Task failed ELB health checks") == true })
        // The fault is over at 215 s: the replacements become healthy, and once the old tasks have
        // drained (300 s) the service is steady.
        simulator.advance(seconds: 200)
        #expect(simulator.targetGroup().targets.filter { $0.state == .healthy }.count == 2)
        #expect(simulator.service().messages.first != "(service svc) has reached a steady state.")
        simulator.advance(seconds: 120)
        #expect(simulator.targetGroup().targets.filter { $0.state == .healthy }.count == 2)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func failHealthChecksWithoutADurationLastsUntilCleared() throws {
        let simulator = behindTargetGroup()
        simulator.advance(seconds: 160)
        try simulator.execute(.injectFault(.failHealthChecks(cluster: "c", service: "svc", duration: nil)))
        simulator.advance(seconds: 600)
        #expect(simulator.targetGroup().targets.allSatisfy { $0.state != .healthy })
        #expect(simulator.service().tasks.filter { $0.stoppedReason?.hasPrefix("Task failed ELB health checks") == true }.count >= 6)
        try simulator.execute(.injectFault(.failHealthChecks(cluster: "c", service: "svc", duration: .zero)))
        simulator.advance(seconds: 400)
        #expect(simulator.targetGroup().targets.filter { $0.state == .healthy }.count == 2)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
    }

    @Test func faultsAreChecked() {
        let simulator = behindTargetGroup()
        #expect(throws: ECSError("ServiceNotFoundException", "Service not found.")) {
            try simulator.execute(.injectFault(.failHealthChecks(cluster: "c", service: "nope", duration: nil)))
        }
        #expect(throws: ECSError("ClusterNotFoundException", "Cluster not found.")) {
            try simulator.execute(.injectFault(.failHealthChecks(cluster: "nope", service: "svc", duration: nil)))
        }
        #expect(throws: ECSError("InvalidParameterException", "The referenced task was not found.")) {
            try simulator.execute(.injectFault(.crashTask(cluster: "c", task: "x")))
        }
    }

    @Test func ipTargetsFallBackToTheInstanceWithoutATaskAddress() throws {
        let simulator = behindTargetGroup(targetType: .ip, networkMode: .awsvpc)
        simulator.advance(seconds: 20)
        for target in simulator.targetGroup().targets {
            let task = try #require(simulator.task(target.taskID!))
            if let address = task.privateIPv4Address {
                #expect(target.targetID == address && target.port == 80)
            } else {
                #expect(target.targetID == task.ec2InstanceID && target.port == 80)
            }
        }
    }

    @Test func aRollingUpdateWaitsForTheNewTargetsToBeHealthy() throws {
        let simulator = behindTargetGroup()
        simulator.advance(seconds: 160)
        try simulator.deploy("app:2")
        simulator.advance(seconds: 60)
        // New tasks RUNNING but not yet healthy: the old ones stay (minimumHealthyPercent 100).
        #expect(simulator.activeTasks(revision: 2).allSatisfy { $0.lastStatus == .running })
        #expect(simulator.activeTasks(revision: 1).count == 2)
        simulator.advance(seconds: 150)
        #expect(simulator.activeTasks(revision: 1).isEmpty)
        simulator.advance(seconds: 320)
        #expect(simulator.service().service.deployments.count == 1)
        #expect(simulator.service().service.deployments[0].rolloutState == .completed)
        #expect(simulator.service().messages.first == "(service svc) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func containerHealthChecksSetTheTaskHealthAndReplaceUnhealthyTasks() throws {
        let check = ContainerHealthCheck(command: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], interval: 10, retries: 3)
        let good = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27"], desired: 2, containerHealthCheck: check), seed: 4, chaos: .off)
        good.advance(seconds: 8)
        #expect(good.activeTasks().allSatisfy { $0.healthStatus == .unknown })
        #expect(good.service().service.deployments[0].rolloutState == .inProgress)
        good.advance(seconds: 12)
        #expect(good.activeTasks().allSatisfy { $0.healthStatus == .healthy && $0.containers[0].healthStatus == .healthy })
        #expect(good.service().service.deployments[0].rolloutState == .completed)

        let bad = Simulator(
            scenario: RolloutHarness.scenario(images: ["nginx:1.27-unhealthy"], desired: 1, gracePeriod: 60, containerHealthCheck: check),
            seed: 4, chaos: .off)
        let id = bad.activeTasks()[0].id
        bad.advance(seconds: 40)
        #expect(bad.task(id)?.healthStatus == .unhealthy)
        #expect(bad.task(id)?.desiredStatus == .running, "within the 60 s grace period")
        bad.advance(seconds: 30)
        let task = try #require(bad.task(id))
        #expect(task.desiredStatus == .stopped && task.stopCode == .serviceSchedulerInitiated)
        #expect(task.stoppedReason == "Task failed container health checks")
        #expect(bad.service().messages.contains("(service svc) (task \(id)) failed container health checks."))
        #expect(bad.invariantViolations() == [])
    }

    @Test func scenariosWithBrokenLinksAreRejected() {
        var scenario = RolloutHarness.scenario(targetGroup: TargetGroupHealthCheck())
        #expect(scenario.validationErrors() == [])
        scenario.clusters[0].services[0].loadBalancers = [
            .init(targetGroup: "nope", containerName: "app", containerPort: 80),
            .init(targetGroup: "tg", containerName: "web", containerPort: 80),
        ]
        scenario.clusters[0].targetGroups[0].deregistrationDelaySeconds = 4_000
        scenario.clusters[0].loadBalancers[0].listeners.append(.init(port: 81, targetGroup: "gone"))
        #expect(scenario.validationErrors() == [
            "Cluster c: target group tg: deregistrationDelaySeconds must be within 0…3600.",
            "Cluster c: load balancer alb forwards to unknown target group gone.",
            "Service svc: unknown target group nope.",
            "Service svc: the container web does not exist in the task definition.",
        ])
        scenario.clusters[0].services[0].loadBalancers = [.init(targetGroup: "tg", containerName: "app", containerPort: 8080)]
        #expect(scenario.validationErrors().contains("Service svc: the container app did not have a container port 8080 defined."))
    }

    @Test func aDeploymentMustKeepTheLoadBalancedContainer() throws {
        var scenario = RolloutHarness.scenario(targetGroup: TargetGroupHealthCheck())
        scenario.taskDefinitions.append(.init(family: "other", containerDefinitions: [ContainerDefinition(name: "x", image: "busybox", memory: 64)]))
        let simulator = Simulator(scenario: scenario, seed: 1, chaos: .off)
        #expect(throws: ECSError("InvalidParameterException", "The container app does not exist in the task definition.")) {
            try simulator.deploy("other:1")
        }
        #expect(simulator.service().service.deployments.count == 1)
    }

    @Test func theDefaultScenarioPutsWebAndApiBehindProdAlb() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(seconds: 60)
        let prod = simulator.cluster("prod")
        #expect(prod.loadBalancers.map(\.name) == ["prod-alb"])
        #expect(prod.targetGroups.map(\.name) == ["web-tg", "api-tg"])
        #expect(prod.service(named: "api")!.service.healthCheckGracePeriodSeconds == 30)
        #expect(prod.service(named: "api")!.service.deploymentConfiguration.deploymentCircuitBreaker == .init(enable: true, rollback: true))
        #expect(prod.service(named: "worker")!.service.loadBalancers.isEmpty)
        #expect(prod.targetGroups[0].targets.count == 4 && prod.targetGroups[1].targets.count == 3)
        #expect(prod.targetGroups.allSatisfy { $0.targets.allSatisfy { $0.state == .healthy } })
        for name in ["web", "api", "worker"] {
            #expect(prod.service(named: name)!.messages.first == "(service \(name)) has reached a steady state.")
        }
        #expect(simulator.snapshot().taskDefinitions.keys.sorted()
            == ["api:12", "api:13", "frontend:2", "log-router:1", "migrate:4", "report:1", "web:7", "web:8", "worker:3"])
        #expect(prod.service(named: "web")!.service.taskDefinitionARN.hasSuffix("web:7"))
        #expect(simulator.cluster("staging").service(named: "web")!.service.taskDefinitionARN.hasSuffix("web:7"))
        try simulator.deploy("web:8", cluster: "prod", service: "web")
        simulator.advance(seconds: 150)
        let web = simulator.cluster("prod").service(named: "web")!
        #expect(web.service.deployments.count == 1 && web.service.deployments[0].rolloutState == .completed)
        #expect(web.service.taskDefinitionARN.hasSuffix("web:8"))
        #expect(simulator.invariantViolations() == [])
    }
}
