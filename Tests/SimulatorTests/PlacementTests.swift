import Testing
import Simulator

@Suite struct PlacementTests {
    @Test func spreadsOverZonesThenInstances() {
        let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 6), seed: 1, chaos: .off)
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 6)
        let perZone = Dictionary(grouping: tasks, by: \.availabilityZone).mapValues(\.count)
        #expect(perZone == ["us-east-1a": 2, "us-east-1b": 2, "us-east-1c": 2])
        let perInstance = Dictionary(grouping: tasks, by: { $0.containerInstanceID! }).mapValues(\.count)
        #expect(perInstance.count == 6, "one task per instance before any instance gets a second")
    }

    @Test func unevenCountsStayWithinOneAcrossZones() {
        for seed in 1...5 as ClosedRange<UInt64> {
            let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 11), seed: seed, chaos: .off)
            let tasks = simulator.activeTasks()
            let perZone = Dictionary(grouping: tasks, by: \.availabilityZone).values.map(\.count)
            let perInstance = Dictionary(grouping: tasks, by: { $0.containerInstanceID! }).values.map(\.count)
            #expect(perZone.max()! - perZone.min()! <= 1)
            #expect(perInstance.max()! - perInstance.min()! <= 1)
        }
    }

    @Test func scaleOutKeepsTheSpread() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 3), seed: 3, chaos: .off)
        simulator.advance(seconds: 20)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 9))
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 9)
        let perZone = Dictionary(grouping: tasks, by: \.availabilityZone).values.map(\.count)
        #expect(perZone.sorted() == [3, 3, 3])
        #expect(simulator.service().messages.first?.hasPrefix("(service svc) has started 6 tasks: (task ") == true)
    }

    @Test func scaleInStopsFromTheZoneWithTheMostTasks() throws {
        // 4 tasks over 3 zones: one zone holds 2. Scaling to 3 must take one from that zone.
        let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 4), seed: 5, chaos: .off)
        simulator.advance(seconds: 20)
        let before = Dictionary(grouping: simulator.activeTasks(), by: \.availabilityZone).mapValues(\.count)
        let crowded = before.first { $0.value == 2 }!.key
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 3))
        let stopped = simulator.service().tasks.filter { $0.desiredStatus == .stopped }
        #expect(stopped.count == 1)
        #expect(stopped.first?.availabilityZone == crowded)
        #expect(stopped.first?.stopCode == .serviceSchedulerInitiated)
        let deployment = simulator.service().service.deployments[0].id
        #expect(stopped.first?.stoppedReason == "Scaling activity initiated by (deployment \(deployment))")
        #expect(simulator.service().messages.first == "(service svc) has stopped 1 running tasks: (task \(stopped[0].id)).")
    }

    @Test func scaleInTakesTheInstanceWithTheMostTasksInTheZone() throws {
        // 8 tasks on 6 instances (2 per zone): zones hold 3, 3, 2 and each full zone has an instance with 2.
        // Scaling to 7 must stop a task on an instance holding 2, in a zone holding 3.
        for seed in 1...4 as ClosedRange<UInt64> {
            let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 8), seed: seed, chaos: .off)
            simulator.advance(seconds: 20)
            let tasks = simulator.activeTasks()
            let perInstance = Dictionary(grouping: tasks, by: { $0.containerInstanceID! }).mapValues(\.count)
            let perZone = Dictionary(grouping: tasks, by: \.availabilityZone).mapValues(\.count)
            try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 7))
            let stopped = simulator.service().tasks.filter { $0.desiredStatus == .stopped }
            #expect(stopped.count == 1)
            #expect(perInstance[stopped[0].containerInstanceID!] == 2)
            #expect(perZone[stopped[0].availabilityZone] == 3)
        }
    }

    @Test func scaleInDoesNotCountTasksOnDrainingInstances() throws {
        // Zone a: instances 0 and 2; zone b: 1 and 3; one task each. Instance 0 drains but, at 100/100,
        // its task stays. Scaling to 2 must take from zone b (two tasks that stay) rather than zone a,
        // whose second task is only leaving; counting the draining one made it a coin toss.
        for seed: UInt64 in 1...12 {
            var scenario = Harness.scenario(
                instances: 4, desired: 4, configuration: DeploymentConfiguration(minimumHealthyPercent: 100, maximumPercent: 100))
            for i in scenario.clusters[0].instances.indices {
                scenario.clusters[0].instances[i].availabilityZone = i.isMultiple(of: 2) ? "us-east-1a" : "us-east-1b"
            }
            let simulator = Simulator(scenario: scenario, seed: seed, chaos: .off)
            simulator.advance(seconds: 60)
            let draining = simulator.cluster().instances[0].id
            try simulator.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [draining], status: .draining))
            simulator.advance(seconds: 5)
            try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 2))
            let stopped = simulator.service().tasks.filter { $0.desiredStatus == .stopped && $0.containerInstanceID != draining }
            #expect(stopped.count == 1, "seed \(seed)")
            #expect(stopped.allSatisfy { $0.availabilityZone == "us-east-1b" }, "seed \(seed): stopped in \(stopped.map(\.availabilityZone))")
        }
    }

    @Test func scaleInPrefersTasksNotYetRunning() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 6, desired: 3), seed: 9, chaos: .off)
        simulator.advance(seconds: 20)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 5))
        let fresh = Set(simulator.activeTasks().filter { $0.lastStatus < .running }.map(\.id))
        #expect(fresh.count == 2)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 3))
        let stopped = Set(simulator.service().tasks.filter { $0.desiredStatus == .stopped }.map(\.id))
        #expect(stopped == fresh)
    }

    @Test func dynamicHostPortsAreInRangeAndUniquePerInstance() {
        let simulator = Simulator(scenario: Harness.scenario(instances: 2, desired: 10, cpu: 128, memory: 128), seed: 4, chaos: .off)
        let tasks = simulator.activeTasks()
        #expect(tasks.count == 10)
        for (instance, onInstance) in Dictionary(grouping: tasks, by: { $0.containerInstanceID! }) {
            let ports = onInstance.compactMap(\.firstHostPort)
            #expect(ports.count == onInstance.count)
            #expect(Set(ports).count == ports.count, "ports unique on \(instance)")
            #expect(ports.allSatisfy { (49153...65535).contains($0) })
            // Lowest free first: five tasks take the five lowest dynamic ports.
            #expect(ports.sorted() == Array(49153..<(49153 + ports.count)))
            #expect(simulator.instance(instance).usedPorts == ContainerInstance.agentReservedPorts.union(ports))
        }
    }

    @Test func staticHostPortsAllowOneTaskPerInstance() {
        let simulator = Simulator(scenario: Harness.scenario(instances: 3, desired: 4, hostPort: 8080), seed: 2, chaos: .off)
        #expect(simulator.activeTasks().count == 3)
        #expect(Set(simulator.activeTasks().map(\.containerInstanceID)).count == 3)
        let message = simulator.service().messages.first!
        #expect(message.hasPrefix(
            "(service svc) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance "))
        #expect(message.hasSuffix(") is already using a port required by your task."))
    }

    @Test func unableToPlaceNamesTheClosestMatchingInstance() throws {
        // t3.medium registers 3904 MiB: one 3000 MiB task each, the third does not fit anywhere.
        let simulator = Simulator(
            scenario: Harness.scenario(instances: 2, type: "t3.medium", desired: 3, cpu: 256, memory: 3000), seed: 6, chaos: .off)
        let ids = simulator.cluster().instances.map(\.id)
        let message = simulator.service().messages.first!
        #expect(ids.contains { message == "(service svc) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \($0)) has insufficient memory available." })
        // Not repeated while nothing changes, even though the scheduler retries.
        simulator.advance(seconds: 120)
        #expect(simulator.service().messages.filter { $0.contains("unable to place") }.count == 1)
        #expect(simulator.activeTasks().count == 2)
        // CPU short: ask for more than any instance has.
        let cpuBound = Simulator(
            scenario: Harness.scenario(instances: 1, type: "t3.medium", desired: 1, cpu: 4096, memory: 100), seed: 6, chaos: .off)
        #expect(cpuBound.service().messages.first?.hasSuffix("has insufficient CPU units available.") == true)
        // No usable instance at all.
        let drained = Simulator(scenario: Harness.scenario(instances: 1, desired: 1), seed: 6, chaos: .off)
        try drained.execute(.updateContainerInstancesState(cluster: "c", containerInstances: [drained.cluster().instances[0].id], status: .draining))
        #expect(drained.service().messages.first == "(service svc) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.")
    }

    @Test func waitingTasksArePlacedWhenCapacityFreesUp() throws {
        let simulator = Simulator(
            scenario: Harness.scenario(instances: 2, type: "t3.medium", desired: 3, cpu: 256, memory: 3000), seed: 6, chaos: .off)
        simulator.advance(seconds: 30)
        #expect(simulator.activeTasks().count == 2)
        // Make room by scaling in, then out again: the freed instance takes the waiting task.
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 1))
        simulator.advance(seconds: 60)
        try simulator.execute(.updateService(cluster: "c", service: "svc", desiredCount: 2))
        #expect(simulator.activeTasks().count == 2)
        simulator.advance(seconds: 30)
        #expect(simulator.service().service.runningCount == 2)
        #expect(simulator.invariantViolations() == [])
    }
}
