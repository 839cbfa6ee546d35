import Foundation
import Testing
import Simulator

/// Thousands of random commands and faults at random times over many seeds, with the full consistency
/// check after every step.
@Suite struct InvariantTests {
    /// Random but bounded commands: desired counts and drains are kept so that capacity always allows
    /// every service to reach its desired count (at most two of prod's six instances draining). Faults
    /// share that budget: drained, terminated, disconnected and lost-zone instances together.
    private struct Commander {
        var generator: SeededGenerator
        var drained: [String: Set<String>] = [:]
        var terminated: [String: Set<String>] = [:]
        var disconnected: [String: Set<String>] = [:]
        var lostZones: [String: Set<String>] = [:]

        /// Instances that can't take tasks, by any of the causes above.
        func unavailable(_ cluster: ClusterSnapshot) -> Set<String> {
            let name = cluster.cluster.name
            let zones = lostZones[name, default: []]
            return drained[name, default: []].union(terminated[name, default: []]).union(disconnected[name, default: []])
                .union(cluster.instances.filter { zones.contains($0.availabilityZone) }.map(\.id))
        }

        static let joiningPool = ["i-0feed000000000001", "i-0feed000000000002", "i-0feed000000000003"]

        mutating func command(for simulator: Simulator) -> ControlPlaneCommand {
            let snapshot = simulator.snapshot()
            let cluster = snapshot.clusters[generator.index(below: snapshot.clusters.count)]
            let name = cluster.cluster.name
            let maxDrained = name == "prod" ? 2 : 1
            switch generator.index(below: 17) {
            case 0...2:
                let service = cluster.services[generator.index(below: cluster.services.count)].service.name
                // A DAEMON service refuses a desired count; the refusal must leave no trace either.
                let limit = name == "staging" ? 3 : ["web": 6, "api": 4, "worker": 4, "frontend": 4, "log-router": 1][service]!
                // api keeps at least one task, so that a deployment of its broken revision can never
                // complete at zero tasks and escape its circuit breaker.
                let least = name == "prod" && service == "api" ? 1 : 0
                return .updateService(cluster: name, service: service, desiredCount: least + generator.index(below: limit + 1 - least))
            case 3...4:
                let tasks = cluster.allTasks
                guard !tasks.isEmpty else { fallthrough }
                let task = tasks[generator.index(below: tasks.count)]
                return .stopTask(cluster: name, task: generator.chance(0.5) ? task.id : task.arn, reason: "")
            case 5...6:
                let instance = cluster.instances[generator.index(below: cluster.instances.count)]
                if drained[name, default: []].contains(instance.id) {
                    drained[name]!.remove(instance.id)
                    return .updateContainerInstancesState(cluster: name, containerInstances: [instance.id], status: .active)
                }
                guard unavailable(cluster).count < maxDrained, !unavailable(cluster).contains(instance.id) else { fallthrough }
                drained[name, default: []].insert(instance.id)
                return .updateContainerInstancesState(cluster: name, containerInstances: [instance.ec2InstanceID], status: .draining)
            case 7:
                let running = cluster.standaloneTasks.filter { $0.desiredStatus == .running }.count
                guard name == "prod", running < 4 else { fallthrough }
                switch generator.index(below: 4) {
                case 0: return .runTask(cluster: name, taskDefinition: "migrate", count: 1)
                // A job that finishes on its own, spread over instances.
                case 1: return .runTask(RunTaskRequest(
                    cluster: name, taskDefinition: "report", placementStrategy: [PlacementStrategy(type: .spread, field: "instanceId")]))
                // Fargate: no instance, an ENI of its own.
                case 2: return .runTask(RunTaskRequest(cluster: name, taskDefinition: "frontend", launchType: .fargate))
                // awsvpc on EC2: ENIs are scarce (two per m5.large), so some of these don't fit.
                default: return .runTask(RunTaskRequest(
                    cluster: name, taskDefinition: generator.chance(0.5) ? "probe" : "edge", count: 3))
                }
            case 8:
                // EC2 instances from a small pool join through the API and leave again, forced or not
                // (refused while tasks run there): extra capacity, so the budget above still holds.
                // The pool is shared by the clusters, so ids are registered again and sometimes refused.
                let joined = cluster.instances.filter { Self.joiningPool.contains($0.ec2InstanceID) && $0.status != .inactive }
                if !joined.isEmpty, generator.chance(0.5) {
                    let instance = joined[generator.index(below: joined.count)]
                    return .deregisterContainerInstance(cluster: name, containerInstance: instance.arn, force: generator.chance(0.7))
                }
                return .registerContainerInstance(ContainerInstanceRegistration(
                    cluster: name, ec2InstanceID: Self.joiningPool[generator.index(below: Self.joiningPool.count)],
                    instanceType: ["m5.large", "t3.medium", "c5.xlarge"][generator.index(below: 3)],
                    availabilityZone: Harness.zones[generator.index(below: 3)]))
            case 10:
                let running = cluster.allTasks.filter { $0.lastStatus == .running && $0.desiredStatus == .running }
                guard !running.isEmpty else { fallthrough }
                let task = running[generator.index(below: running.count)].id
                return .injectFault(generator.chance(0.5) ? .crashTask(cluster: name, task: task) : .outOfMemory(cluster: name, task: task))
            case 11:
                // Agents come and go; an instance is terminated for good.
                if let back = disconnected[name]?.sorted().first, generator.chance(0.6) {
                    disconnected[name]!.remove(back)
                    return .injectFault(.reconnectAgent(cluster: name, instance: back))
                }
                let candidates = cluster.instances.filter { $0.status == .active && !unavailable(cluster).contains($0.id) }
                guard !candidates.isEmpty, unavailable(cluster).count < maxDrained else { fallthrough }
                let instance = candidates[generator.index(below: candidates.count)]
                if generator.chance(0.3) {
                    terminated[name, default: []].insert(instance.id)
                    return .injectFault(.terminateInstance(cluster: name, instance: instance.ec2InstanceID))
                }
                disconnected[name, default: []].insert(instance.id)
                return .injectFault(.disconnectAgent(cluster: name, instance: instance.id))
            case 12:
                if let zone = lostZones[name]?.sorted().first {
                    lostZones[name]!.remove(zone)
                    return .injectFault(.restoreAvailabilityZone(cluster: name, zone: zone))
                }
                let zone = Harness.zones[generator.index(below: 2)]
                let inZone = cluster.instances.filter { $0.availabilityZone == zone && !unavailable(cluster).contains($0.id) }
                guard unavailable(cluster).count + inZone.count <= maxDrained else { fallthrough }
                lostZones[name, default: []].insert(zone)
                return .injectFault(.loseAvailabilityZone(cluster: name, zone: zone))
            case 13...14:
                // Deployments: a good revision, a forced one, or api's broken api:13 once api has completed
                // a deployment (its circuit breaker then rolls back to it).
                // The DAEMON service follows its instances, not deployments; it is left out here.
                let candidates = cluster.services.filter { $0.service.schedulingStrategy != .daemon }
                let service = candidates[generator.index(below: candidates.count)].service
                var revisions = ["web": ["web:7", "web:8"], "api": ["api:12"], "worker": ["worker:3"], "frontend": ["frontend:2"]][service.name]!
                if service.primaryDeployment?.rolloutState == .completed && service.name == "api" { revisions.append("api:13") }
                let force = generator.chance(0.3)
                let revision = force ? nil : revisions[generator.index(below: revisions.count)]
                return .updateService(ServiceUpdate(
                    cluster: name, service: service.name, taskDefinition: revision, forceNewDeployment: force))
            case 15:
                // Health checks fail for up to a minute and a half, or an earlier fault is cleared.
                let service = cluster.services[generator.index(below: cluster.services.count)].service.name
                let seconds = generator.index(below: 91)
                return .injectFault(.failHealthChecks(cluster: name, service: service, duration: .seconds(seconds)))
            case 16:
                // Deletes (forced or refused), services made again under a deleted one's name, and
                // deregistered revisions that running services still use. api is left alone: made
                // again from a broken revision it could never settle.
                if generator.chance(0.2) {
                    let revisions = ["web:7", "worker:3", "migrate:4", "log-router:1"]
                    return .deregisterTaskDefinition(revisions[generator.index(below: revisions.count)])
                }
                let names = cluster.services.map(\.service.name).filter { $0 != "api" }
                guard !names.isEmpty, let service = cluster.service(named: names[generator.index(below: names.count)])?.service else {
                    fallthrough
                }
                guard service.status == "INACTIVE" else {
                    return .deleteService(cluster: name, service: service.name, force: generator.chance(0.8))
                }
                return .createService(ServiceCreation(
                    cluster: name, serviceName: service.name, taskDefinition: service.taskDefinitionARN,
                    desiredCount: 1, launchType: service.capacityProviderStrategy.isEmpty ? service.launchType : nil,
                    capacityProviderStrategy: service.capacityProviderStrategy, schedulingStrategy: service.schedulingStrategy,
                    deploymentConfiguration: service.deploymentConfiguration, loadBalancers: service.loadBalancers,
                    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
                    placementStrategy: service.placementStrategy, placementConstraints: service.placementConstraints))
            default:
                // Occasionally something ECS refuses; it must leave no trace.
                return generator.chance(0.5)
                    ? .updateService(cluster: name, service: "nope", desiredCount: 1)
                    : .stopTask(cluster: name, task: "ffffffffffffffffffffffffffffffff", reason: "")
            }
        }
    }

    /// `ECSTOP_SOAK_SEEDS` and `ECSTOP_SOAK_STEPS` make a longer soak of the same test (defaults 8, 600).
    static let seeds = UInt64(ProcessInfo.processInfo.environment["ECSTOP_SOAK_SEEDS"] ?? "") ?? 8
    static let steps = Int(ProcessInfo.processInfo.environment["ECSTOP_SOAK_STEPS"] ?? "") ?? 600

    @Test(arguments: [ChaosLevel.high, .off], Array(1...seeds))
    func randomCommandsKeepEverythingConsistent(chaos: ChaosLevel, seed: UInt64) throws {
        var scenario = Scenario.default
        // An awsvpc task on EC2 and a host-mode one, so ENIs and host ports are exercised.
        scenario.taskDefinitions.append(.init(family: "probe", networkMode: .awsvpc, containerDefinitions: [
            ContainerDefinition(name: "probe", image: "busybox", cpu: 32, memory: 32, portMappings: [PortMapping(containerPort: 9000)])
        ]))
        scenario.taskDefinitions.append(.init(family: "edge", networkMode: .host, containerDefinitions: [
            ContainerDefinition(name: "edge", image: "envoy", cpu: 32, memory: 32, portMappings: [PortMapping(containerPort: 9901)])
        ]))
        // Auto scaling moves desired counts on its own; it has its own tests, and here it would keep
        // services from ever settling once the commands stop.
        for c in scenario.clusters.indices {
            for s in scenario.clusters[c].services.indices { scenario.clusters[c].services[s].autoScaling = nil }
        }
        let simulator = Simulator(scenario: scenario, seed: seed, chaos: chaos)
        var commander = Commander(generator: SeededGenerator(seed: seed &* 7919))
        for step in 0..<Self.steps {
            let command = commander.command(for: simulator)
            try? simulator.execute(command)
            let afterCommand = simulator.invariantViolations()
            #expect(afterCommand == [], "after \(command) at step \(step)")
            simulator.advance(seconds: commander.generator.uniform(0...6))
            let afterTime = simulator.invariantViolations()
            #expect(afterTime == [], "after time passed at step \(step)")
            if !afterCommand.isEmpty || !afterTime.isEmpty { return }
        }
        guard chaos == .off else { return }

        // No more commands and no faults: everything converges and every drain completes.
        simulator.advance(seconds: 300)
        #expect(simulator.invariantViolations() == [])
        for cluster in simulator.snapshot().clusters {
            for service in cluster.services where service.service.status == "ACTIVE" {
                let name = "\(cluster.cluster.name)/\(service.service.name)"
                #expect(service.service.runningCount == service.service.desiredCount, "\(name) \(service.messages.prefix(3))")
                #expect(service.service.pendingCount == 0, "\(name)")
                #expect(service.messages.first == "(service \(service.service.name)) has reached a steady state.",
                        "\(name): \(service.messages.prefix(4))")
            }
            let draining = Set(cluster.instances.filter { $0.status == .draining }.map(\.id))
            let left = cluster.services.flatMap(\.tasks).filter {
                $0.lastStatus != .stopped && $0.containerInstanceID.map(draining.contains) == true
            }
            #expect(left.isEmpty, "\(cluster.cluster.name): service tasks left on draining instances")
        }
    }
}
