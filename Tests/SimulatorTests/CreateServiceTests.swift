import Testing
@testable import Simulator

/// CreateService, REPLICA and DAEMON, and how a daemon follows instances through drains and activation.
@Suite struct CreateServiceTests {
    private func simulator(seed: UInt64 = 1) -> Simulator {
        var scenario = Harness.scenario(instances: 3, desired: 2)
        scenario.taskDefinitions.append(.init(family: "agent", containerDefinitions: [
            ContainerDefinition(name: "agent", image: "datadog/agent:7", cpu: 64, memory: 128)
        ]))
        scenario.taskDefinitions.append(.init(family: "fg", networkMode: .awsvpc, cpu: 256, memory: 512, containerDefinitions: [
            ContainerDefinition(name: "fg", image: "nginx")
        ], options: .init(requiresCompatibilities: [.fargate])))
        scenario.clusters[0].targetGroups = [.init(name: "api")]
        return Simulator(scenario: scenario, seed: seed, chaos: .off)
    }

    private func daemon(_ simulator: Simulator, constraints: [PlacementConstraint] = []) throws {
        try simulator.execute(.createService(ServiceCreation(
            cluster: "c", serviceName: "agent", taskDefinition: "agent", schedulingStrategy: .daemon,
            placementConstraints: constraints)))
    }

    @Test func createsAReplicaServiceThatStartsItsTasks() throws {
        let simulator = simulator()
        let tg = try #require(simulator.cluster().targetGroups.first?.arn)
        try simulator.execute(.createService(ServiceCreation(
            cluster: "c", serviceName: "api", taskDefinition: "app:1", desiredCount: 3,
            deploymentConfiguration: DeploymentConfiguration(minimumHealthyPercent: 50, maximumPercent: 150),
            loadBalancers: [LoadBalancer(targetGroupARN: tg, containerName: "app", containerPort: 80)],
            healthCheckGracePeriodSeconds: 60,
            placementStrategy: [PlacementStrategy(type: .binpack, field: "memory")])))
        let service = simulator.service("api").service
        #expect(service.arn == "arn:aws:ecs:us-east-1:123456789012:service/c/api")
        #expect(service.desiredCount == 3 && service.schedulingStrategy == .replica && service.launchType == .ec2)
        #expect(service.loadBalancers.count == 1 && service.healthCheckGracePeriodSeconds == 60)
        #expect(service.deploymentConfiguration.maximumPercent == 150)
        #expect(service.deployments.count == 1 && service.deployments[0].status == .primary)
        let tasks = simulator.activeTasks("api")
        #expect(tasks.count == 3 && tasks.allSatisfy { $0.group == "service:api" && $0.startedBy == service.deployments[0].id })
        #expect(Set(tasks.map(\.containerInstanceID)).count == 1, "binpack keeps them together")
        #expect(simulator.service("api").messages.first?.hasPrefix("(service api) has started 3 tasks: (task ") == true)
        #expect(simulator.cluster().cluster.activeServicesCount == 2)
        simulator.advance(seconds: 20)
        #expect(simulator.cluster().targetGroups[0].targets.count == 3, "its tasks are the group's targets")
        simulator.advance(seconds: 300)
        #expect(simulator.cluster().targetGroups[0].targets.allSatisfy { $0.state == .healthy })
        #expect(simulator.service("api").messages.first == "(service api) has reached a steady state.")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func refusesAsECSDoes() throws {
        let simulator = simulator()
        func refusal(_ creation: ServiceCreation) -> ECSError? {
            do { try simulator.execute(.createService(creation)); return nil } catch { return error }
        }
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "svc", taskDefinition: "app"))
            == .invalidParameter("Creation of service was not idempotent."))
        #expect(refusal(ServiceCreation(cluster: "nope", serviceName: "x", taskDefinition: "app")) == .clusterNotFound())
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "nope")) == .client("TaskDefinition not found."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "agent", launchType: .fargate, schedulingStrategy: .daemon))
            == .invalidParameter("The daemon scheduling strategy does not support the FARGATE launch type. Change the launch type and try again"))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "agent", schedulingStrategy: .daemon,
                                        placementStrategy: [PlacementStrategy(type: .random)]))
            == .invalidParameter("The daemon scheduling strategy does not support placement strategies"))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "app", launchType: .fargate))
            == .invalidParameter("Task definition does not support launch_type FARGATE."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "app", desiredCount: 5_001))
            == .invalidParameter("The desired count 5001 is over the limit of 5000 tasks per service."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "app",
                                        placementConstraints: [PlacementConstraint(type: .memberOf, expression: "attribute:x ==")]))
            == .invalidParameter("Invalid placement constraint expression: attribute:x =="))
        let six = Array(repeating: PlacementStrategy(type: .random), count: 6)
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "app", placementStrategy: six))
            == .invalidParameter("The number of placement strategies cannot exceed 5."))
        #expect(refusal(ServiceCreation(
            cluster: "c", serviceName: "x", taskDefinition: "fg",
            capacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "FARGATE"), CapacityProviderStrategyItem(capacityProvider: "asg-provider")]))
            == .invalidParameter("A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "bad name", taskDefinition: "app")) == .invalidParameter(
            "Service name bad name is invalid: up to 255 letters (uppercase and lowercase), numbers, underscores and hyphens are allowed."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: String(repeating: "s", count: 256), taskDefinition: "app")) != nil)
        #expect(refusal(ServiceCreation(
            cluster: "c", serviceName: "x", taskDefinition: "app",
            deploymentConfiguration: DeploymentConfiguration(minimumHealthyPercent: 100, maximumPercent: 50)))
            == .invalidParameter("Invalid maximumPercent 50: it must be between 100 and 100000."))
        #expect(refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: "app", healthCheckGracePeriodSeconds: -1))
            == .invalidParameter("Invalid healthCheckGracePeriodSeconds -1: it must be between 0 and 2147483647."))
        let tg = simulator.cluster().targetGroups[0].arn
        func linked(_ link: LoadBalancer, definition: String = "app") -> ECSError? {
            refusal(ServiceCreation(cluster: "c", serviceName: "x", taskDefinition: definition, loadBalancers: [link]))
        }
        #expect(linked(LoadBalancer(targetGroupARN: tg + "0", containerName: "app", containerPort: 80))
            == .invalidParameter("The target group with targetGroupArn \(tg)0 does not exist."))
        #expect(linked(LoadBalancer(targetGroupARN: tg, containerName: "web", containerPort: 80))
            == .invalidParameter("The container web does not exist in the task definition."))
        #expect(linked(LoadBalancer(targetGroupARN: tg, containerName: "app", containerPort: 8080))
            == .invalidParameter("The container app did not have a container port 8080 defined."))
        #expect(linked(LoadBalancer(targetGroupARN: tg, containerName: "fg", containerPort: 80), definition: "fg") != nil,
                "an awsvpc task needs a target group of type ip")
        #expect(simulator.cluster().services.count == 1, "nothing half-created")
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aFargateServiceFromAProviderStrategy() throws {
        let simulator = simulator()
        let spot = ServiceCreation(
            cluster: "f", serviceName: "fg", taskDefinition: "fg", desiredCount: 2,
            capacityProviderStrategy: [CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT")])
        // Only a cluster with FARGATE_SPOT associated may use it in a strategy.
        var unassociated = spot
        unassociated.cluster = "c"
        #expect(throws: ECSError.invalidParameter(
            "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.")) {
            try simulator.execute(.createService(unassociated))
        }
        try simulator.execute(.createCluster(ClusterCreation(clusterName: "f", capacityProviders: ["FARGATE_SPOT"])))
        try simulator.execute(.createService(spot))
        #expect(simulator.service("fg", in: "f").service.launchType == .fargate)
        let tasks = simulator.cluster("f").services[0].tasks.filter { $0.desiredStatus == .running }
        #expect(tasks.count == 2 && tasks.allSatisfy { $0.capacityProviderName == "FARGATE_SPOT" && $0.containerInstanceID == nil })
    }

    @Test func aDaemonRunsOneTaskPerInstanceAndReportsThatAsDesired() throws {
        let simulator = simulator()
        try daemon(simulator)
        let service = simulator.service("agent").service
        #expect(service.schedulingStrategy == .daemon)
        #expect(service.desiredCount == 3)
        #expect(service.deploymentConfiguration.minimumHealthyPercent == 0 && service.deploymentConfiguration.maximumPercent == 100)
        #expect(Set(simulator.activeTasks("agent").map(\.containerInstanceID)).count == 3)
        simulator.advance(seconds: 20)
        #expect(simulator.service("agent").messages.first == "(service agent) has reached a steady state.")
        #expect(throws: ECSError.invalidParameter(
            "The daemon scheduling strategy does not support a desired count for services. Remove the desired count value and try again")) {
            try simulator.execute(.updateService(cluster: "c", service: "agent", desiredCount: 5))
        }
        // A stopped daemon task is replaced on the same instance.
        let victim = simulator.activeTasks("agent")[0]
        try simulator.execute(.stopTask(cluster: "c", task: victim.id, reason: ""))
        let replacement = simulator.activeTasks("agent").first { $0.id != victim.id && $0.containerInstanceID == victim.containerInstanceID }
        #expect(replacement != nil)
    }

    @Test func aDaemonRespectsConstraints() throws {
        let simulator = simulator()
        try daemon(simulator, constraints: [PlacementConstraint(type: .memberOf, expression: "attribute:ecs.availability-zone != us-east-1b")])
        #expect(simulator.service("agent").service.desiredCount == 2)
        #expect(simulator.activeTasks("agent").allSatisfy { $0.availabilityZone != "us-east-1b" })
    }

    @Test func drainingStopsTheDaemonTaskOnlyAfterTheOtherServiceTasksAreGone() throws {
        let simulator = simulator(seed: 3)
        try daemon(simulator)
        simulator.advance(seconds: 20)
        // Drain an instance running one of svc's tasks.
        let busy = try #require(simulator.activeTasks("svc").first?.containerInstanceID)
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [busy], status: .draining))
        let daemonTask = try #require(simulator.activeTasks("agent").first { $0.containerInstanceID == busy })
        #expect(simulator.service("agent").service.desiredCount == 2)
        let drained = simulator.advance(until: {
            let replicaLeft = simulator.service("svc").tasks.contains { $0.containerInstanceID == busy && $0.lastStatus != .stopped }
            let daemonRunning = simulator.task(daemonTask.id)?.desiredStatus == .running
            if replicaLeft && !daemonRunning { Issue.record("the daemon task stopped before the service's task was gone") }
            return !replicaLeft && !daemonRunning
        }, within: 120)
        #expect(drained != nil)
        let stopped = try #require(simulator.task(daemonTask.id))
        #expect(stopped.stopCode == .serviceSchedulerInitiated)
        #expect(simulator.service("agent").messages.contains("(service agent) has stopped 1 running tasks: (task \(daemonTask.id))."))
        simulator.advance(seconds: 60)
        #expect(simulator.service("agent").messages.first == "(service agent) has reached a steady state.")

        // Active again: a new daemon task there.
        try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [busy], status: .active))
        #expect(simulator.service("agent").service.desiredCount == 3)
        #expect(simulator.activeTasks("agent").contains { $0.containerInstanceID == busy })
        #expect(simulator.invariantViolations() == [])
    }

    @Test func aNewInstanceGetsADaemonTask() throws {
        let simulator = simulator()
        try daemon(simulator)
        // An instance joining (as Auto Scaling would add it): appended with its slot, then configured.
        let c = 0
        let type = InstanceType.named("m5.large")!
        let id = "f" + String(repeating: "0", count: 31)
        simulator.clusters[c].instances.append(ContainerInstance(
            id: id, arn: "arn", ec2InstanceID: "i-0fffffffffffffff0", instanceType: type.name, availabilityZone: "us-east-1a",
            registeredResources: type.registeredResources, registeredAt: Simulator.epoch))
        simulator.clusters[c].cluster.registeredContainerInstancesCount += 1
        simulator.capacity.record(simulator.clusters[c].instances[3], at: InstanceKey(cluster: c, index: 3))
        simulator.capacity.appendSlot(PlacementSlot(
            remainingCPU: Int32(type.registeredResources.cpu), remainingMemory: Int32(type.registeredResources.memory), placeable: true, zone: 0), inCluster: c)
        for state in simulator.clusterStates[c].services { state.tasksPerInstance.append(0) }
        simulator.configure(InstanceKey(cluster: c, index: 3))
        simulator.advance(seconds: 1)
        #expect(simulator.activeTasks("agent").contains { $0.containerInstanceID == id })
        #expect(simulator.service("agent").service.desiredCount == 4)
    }
}
