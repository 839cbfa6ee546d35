import Testing
import Simulator

/// Hundreds of random commands at random times, with the full consistency check after every step.
@Suite struct InvariantTests {
    /// Random but bounded commands: desired counts and drains are kept so that capacity always allows
    /// every service to reach its desired count (at most two of prod's six instances draining).
    private struct Commander {
        var generator: SeededGenerator
        var drained: [String: Set<String>] = [:]

        mutating func command(for simulator: Simulator) -> ControlPlaneCommand {
            let snapshot = simulator.snapshot()
            let cluster = snapshot.clusters[generator.index(below: snapshot.clusters.count)]
            let name = cluster.cluster.name
            let maxDrained = name == "prod" ? 2 : 1
            switch generator.index(below: 13) {
            case 0...2:
                let service = cluster.services[generator.index(below: cluster.services.count)].service.name
                let limit = name == "staging" ? 3 : ["web": 6, "api": 4, "worker": 4][service]!
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
                guard drained[name, default: []].count < maxDrained else { fallthrough }
                drained[name, default: []].insert(instance.id)
                return .updateContainerInstancesState(cluster: name, containerInstances: [instance.ec2InstanceID], status: .draining)
            case 7:
                let running = cluster.standaloneTasks.filter { $0.desiredStatus == .running }.count
                guard name == "prod", running < 2 else { fallthrough }
                return .runTask(cluster: name, taskDefinition: "migrate", count: 1)
            case 10...11:
                // Deployments: a good revision, a forced one, or api's broken api:13 once api has completed
                // a deployment (its circuit breaker then rolls back to it).
                let service = cluster.services[generator.index(below: cluster.services.count)].service
                var revisions = ["web": ["web:7", "web:8"], "api": ["api:12"], "worker": ["worker:3"]][service.name]!
                if service.primaryDeployment?.rolloutState == .completed && service.name == "api" { revisions.append("api:13") }
                let force = generator.chance(0.3)
                let revision = force ? nil : revisions[generator.index(below: revisions.count)]
                return .updateService(ServiceUpdate(
                    cluster: name, service: service.name, taskDefinition: revision, forceNewDeployment: force))
            case 12:
                // Health checks fail for up to a minute and a half, or an earlier fault is cleared.
                let service = cluster.services[generator.index(below: cluster.services.count)].service.name
                let seconds = generator.index(below: 91)
                return .injectFault(.failHealthChecks(cluster: name, service: service, duration: .seconds(seconds)))
            default:
                // Occasionally something ECS refuses; it must leave no trace.
                return generator.chance(0.5)
                    ? .updateService(cluster: name, service: "nope", desiredCount: 1)
                    : .stopTask(cluster: name, task: "ffffffffffffffffffffffffffffffff", reason: "")
            }
        }
    }

    @Test(arguments: [ChaosLevel.high, .off], [1, 2, 3, 4] as [UInt64])
    func randomCommandsKeepEverythingConsistent(chaos: ChaosLevel, seed: UInt64) throws {
        let simulator = Simulator(scenario: .default, seed: seed, chaos: chaos)
        var commander = Commander(generator: SeededGenerator(seed: seed &* 7919))
        for step in 0..<300 {
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
            for service in cluster.services {
                let name = "\(cluster.cluster.name)/\(service.service.name)"
                #expect(service.service.runningCount == service.service.desiredCount, "\(name) \(service.messages.prefix(3))")
                #expect(service.service.pendingCount == 0, "\(name)")
                #expect(service.messages.first == "(service \(service.service.name)) has reached a steady state.", "\(name)")
            }
            let draining = Set(cluster.instances.filter { $0.status == .draining }.map(\.id))
            let left = cluster.services.flatMap(\.tasks).filter {
                $0.lastStatus != .stopped && draining.contains($0.containerInstanceID!)
            }
            #expect(left.isEmpty, "\(cluster.cluster.name): service tasks left on draining instances")
        }
    }
}
