import Testing
import Simulator

@Suite struct CommandTests {
    let simulator = Simulator(scenario: .default, seed: 5, chaos: .off)

    @Test func errorsAreTheOnesECSReturns() {
        #expect(throws: ECSError("ClusterNotFoundException", "Cluster not found.")) {
            try simulator.execute(.updateService(cluster: "nope", service: "web", desiredCount: 1))
        }
        #expect(throws: ECSError("ServiceNotFoundException", "Service not found.")) {
            try simulator.execute(.updateService(cluster: "prod", service: "nope", desiredCount: 1))
        }
        #expect(throws: ECSError.self) { try simulator.execute(.updateService(cluster: "prod", service: "web", desiredCount: -1)) }
        #expect(simulator.service("web", in: "prod").service.desiredCount == 4)
        #expect(throws: ECSError("InvalidParameterException", "The referenced task was not found.")) {
            try simulator.execute(.stopTask(cluster: "prod", task: "0123456789abcdef0123456789abcdef", reason: ""))
        }
        // A task of another cluster is not found in this one.
        let stagingTask = simulator.activeTasks("web", in: "staging")[0].id
        #expect(throws: ECSError("InvalidParameterException", "The referenced task was not found.")) {
            try simulator.execute(.stopTask(cluster: "prod", task: stagingTask, reason: ""))
        }
        #expect(throws: ECSError("ClientException", "TaskDefinition not found.")) {
            try simulator.execute(.runTask(cluster: "prod", taskDefinition: "nope", count: 1))
        }
        #expect(throws: ECSError.self) { try simulator.execute(.runTask(cluster: "prod", taskDefinition: "migrate", count: 11)) }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func workerScalesFromTwoToFive() throws {
        #expect(simulator.service("worker", in: "prod").service.desiredCount == 2)
        #expect(simulator.activeTasks("worker", in: "prod").count == 2)
        try simulator.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 5))
        simulator.advance(seconds: 15)
        #expect(simulator.service("worker", in: "prod").service.runningCount == 5)
        // And one prod instance can still be drained with everything placed.
        let instance = simulator.cluster("prod").instances[0].id
        try simulator.execute(.updateContainerInstancesState(cluster: "prod", containerInstances: [instance], status: .draining))
        simulator.advance(seconds: 90)
        for service in simulator.cluster("prod").services {
            #expect(service.service.runningCount == service.service.desiredCount)
            #expect(!service.messages.contains { $0.contains("unable") })
        }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func deploymentCompletesOnceWithTheEventsInOrder() {
        // web is behind web-tg: healthy after three passing checks, 10 s apart.
        simulator.advance(seconds: 60)
        let service = simulator.service("web", in: "prod").service
        let deployment = service.deployments[0]
        #expect(service.deployments.count == 1)
        #expect(deployment.status == .primary && deployment.rolloutState == .completed)
        #expect(deployment.id.hasPrefix("ecs-svc/") && deployment.id.count == 8 + 19 && deployment.id.dropFirst(8).allSatisfy(\.isNumber))
        #expect(deployment.runningCount == 4 && deployment.pendingCount == 0)
        let messages = service.events.map(\.message)
        #expect(messages.count == 4)
        #expect(messages[0] == "(service web) has reached a steady state.")
        #expect(messages[1] == "(service web) (deployment \(deployment.id)) deployment completed.")
        // Four registrations, one message: a repeated message is not written again.
        let targetGroup = simulator.cluster("prod").targetGroups[0].arn
        #expect(messages[2] == "(service web) registered 1 targets in (target-group \(targetGroup))")
        let ids = simulator.activeTasks("web", in: "prod").map(\.id)
        #expect(messages[3] == "(service web) has started 4 tasks: \(ids.map { "(task \($0))" }.joined(separator: " ")).")
        #expect(ids.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        #expect(simulator.activeTasks("web", in: "prod").allSatisfy { $0.startedBy == deployment.id && $0.group == "service:web" })
    }

    @Test func namesAndCountsLookLikeECS() {
        // Fargate's frontend takes up to 70 s to run.
        simulator.advance(seconds: 90)
        let prod = simulator.cluster("prod")
        #expect(prod.cluster.arn == "arn:aws:ecs:us-east-1:123456789012:cluster/prod")
        #expect(prod.cluster.registeredContainerInstancesCount == 6)
        // web 4, api 3, worker 2, migrate 1, frontend 2 (Fargate), log-router 6 (one per instance).
        #expect(prod.cluster.runningTasksCount == 18)
        for instance in prod.instances {
            #expect(instance.id.count == 32)
            #expect(instance.ec2InstanceID.hasPrefix("i-") && instance.ec2InstanceID.count == 19)
            #expect(instance.arn == "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/\(instance.id)")
            #expect(instance.registeredResources == Resources(cpu: 2048, memory: 7680))
        }
        #expect(Set(prod.instances.map(\.availabilityZone)) == ["us-east-1a", "us-east-1b", "us-east-1c"])
        let task = prod.services[0].tasks[0]
        #expect(task.arn == "arn:aws:ecs:us-east-1:123456789012:task/prod/\(task.id)")
        #expect(task.taskDefinitionARN == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7")
        // Every revision: web:8 and api:13 are registered but not deployed.
        #expect(simulator.snapshot().taskDefinitions.keys.sorted()
            == ["api:12", "api:13", "frontend:2", "log-router:1", "migrate:4", "report:1", "web:7", "web:8", "worker:3"])
    }

    @Test func workloadAndMetricsMoveWithinBounds() {
        simulator.advance(seconds: 300)
        let prod = simulator.cluster("prod")
        #expect(prod.metrics.cpuUtilization.count == 61)
        simulator.advance(seconds: 600)
        let later = simulator.cluster("prod")
        #expect(later.metrics.cpuUtilization.count == 120)
        #expect(later.metrics.memoryUtilization.count == 120)
        #expect(later.metrics.cpuUtilization.allSatisfy { (0...1).contains($0) })
        #expect(Set(later.metrics.cpuUtilization).count > 10, "it moves")
        for service in later.services {
            #expect((0.02...1).contains(service.cpuUtilization))
            #expect((0.05...1).contains(service.memoryUtilization))
        }
        // Smooth: consecutive samples stay close.
        let samples = later.metrics.cpuUtilization
        #expect(zip(samples, samples.dropFirst()).allSatisfy { abs($0 - $1) < 0.1 })
        #expect(simulator.snapshot().time == Simulator.epoch.addingTimeInterval(900))
    }
}
