import Foundation
import Simulator
import Testing

/// Record and replay: every command survives the file, and a recorded run replayed from its file ends
/// in the same state as the run itself.
@Suite struct RecordingTests {
    // MARK: The format

    /// One of every command and fault, with every optional value set somewhere.
    static let everyCommand: [ControlPlaneCommand] = {
        let definition = TaskDefinition(
            family: "batch", revision: 0, arn: "", networkMode: .awsvpc, cpu: 512, memory: 1024,
            containerDefinitions: [
                ContainerDefinition(
                    name: "main", image: "batch:1.2", cpu: 256, memory: 512, memoryReservation: 256,
                    portMappings: [PortMapping(containerPort: 8080, hostPort: 8080, protocol: .tcp), PortMapping(containerPort: 53, protocol: .udp)],
                    essential: true, environment: [KeyValuePair(name: "MODE", value: "fast")],
                    command: ["run", "--all"], entryPoint: ["/bin/sh", "-c"],
                    logConfiguration: LogConfiguration(options: ["awslogs-group": "/ecs/batch"]),
                    healthCheck: ContainerHealthCheck(command: ["CMD-SHELL", "true"], interval: 10, timeout: 2, retries: 5, startPeriod: 30)),
                ContainerDefinition(name: "sidecar", image: "envoy:1", essential: false),
            ],
            volumes: [Volume(name: "scratch"), Volume(name: "host", hostSourcePath: "/var/data")],
            taskRoleARN: "arn:aws:iam::123456789012:role/batch", executionRoleARN: "arn:aws:iam::123456789012:role/exec",
            requiresCompatibilities: [.ec2, .fargate], status: "ACTIVE")
        let strategy = [PlacementStrategy(type: .spread, field: "attribute:ecs.availability-zone"), PlacementStrategy(type: .random)]
        let constraints = [PlacementConstraint(type: .distinctInstance), PlacementConstraint(type: .memberOf, expression: "attribute:ecs.instance-type =~ t3.*")]
        let providers = [CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 3, base: 1)]
        let configuration = DeploymentConfiguration(
            minimumHealthyPercent: 50, maximumPercent: 150,
            deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: true))
        return [
            .updateService(cluster: "prod", service: "web", desiredCount: 5),
            .updateService(ServiceUpdate(
                cluster: "prod", service: "api", desiredCount: nil, taskDefinition: "api:13", forceNewDeployment: true,
                deploymentConfiguration: configuration, healthCheckGracePeriodSeconds: 60)),
            .updateService(ServiceUpdate(
                cluster: "prod", service: "api", propagateTags: .service, enableECSManagedTags: false, enableExecuteCommand: true)),
            .stopTask(cluster: "prod", task: "3f9a", reason: "Task stopped by user \"ops\""),
            .updateContainerInstancesState(cluster: "prod", containerInstances: ["a", "b"], status: .draining),
            .updateContainerInstancesState(cluster: "prod", containerInstances: [], status: .active),
            .runTask(cluster: "prod", taskDefinition: "batch", count: 2),
            .runTask(RunTaskRequest(
                cluster: "prod", taskDefinition: "batch:1", count: 3, launchType: .fargate, capacityProviderStrategy: providers,
                group: "jobs", startedBy: "cron", placementStrategy: strategy, placementConstraints: constraints,
                propagateTags: .taskDefinition, enableECSManagedTags: true, enableExecuteCommand: true)),
            .registerTaskDefinition(definition),
            .createService(ServiceCreation(cluster: "prod", serviceName: "minimal", taskDefinition: "batch")),
            .createService({
                var full = ServiceCreation(
                    cluster: "prod", serviceName: "full", taskDefinition: "batch:1", desiredCount: 3, launchType: .fargate,
                    capacityProviderStrategy: providers, schedulingStrategy: .daemon, deploymentConfiguration: configuration,
                    loadBalancers: [LoadBalancer(targetGroupARN: "arn:tg/full", containerName: "main", containerPort: 8080)],
                    healthCheckGracePeriodSeconds: 30, placementStrategy: strategy, placementConstraints: constraints,
                    propagateTags: .service, enableECSManagedTags: true, enableExecuteCommand: true,
                    tags: [ResourceTag(key: "team", value: "a")])
                full.networkConfiguration = AwsVpcConfiguration(subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp: true)
                return full
            }()),
            .deleteService(cluster: "prod", service: "web", force: true),
            .deregisterTaskDefinition("batch:1"),
            .createCluster(ClusterCreation(clusterName: "lab")),
            .createCluster(ClusterCreation(
                clusterName: "lab", capacityProviders: ["FARGATE", "FARGATE_SPOT"], defaultCapacityProviderStrategy: providers)),
            .deleteCluster("lab"),
            .registerContainerInstance(ContainerInstanceRegistration(cluster: "lab")),
            .registerContainerInstance(ContainerInstanceRegistration(
                cluster: "lab", ec2InstanceID: "i-0abc", instanceType: "m5.large", availabilityZone: "us-east-1b",
                totalResources: Resources(cpu: 2048, memory: 7680), attributes: ["stack": "blue", "empty": ""])),
            .deregisterContainerInstance(cluster: "lab", containerInstance: "i-0abc", force: false),
            .tagResource(resourceARN: "arn:aws:ecs:us-east-1:123456789012:cluster/lab", tags: [
                ResourceTag(key: "team", value: "a \"quoted\" value"), ResourceTag(key: "empty"),
            ]),
            .untagResource(resourceARN: "arn:aws:ecs:us-east-1:123456789012:cluster/lab", tagKeys: ["team", "empty"]),
            .putAttributes(cluster: "prod", attributes: [
                InstanceAttribute(name: "stack", value: "blue", targetID: "i-0abc"),
                InstanceAttribute(name: "gpu", targetID: "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/9f1e"),
            ]),
            .deleteAttributes(cluster: "prod", attributes: [InstanceAttribute(name: "stack", targetID: "i-0abc")]),
            .injectFault(.crashTask(cluster: "prod", task: "3f9a")),
            .injectFault(.outOfMemory(cluster: "prod", task: "3f9a")),
            .injectFault(.failHealthChecks(cluster: "prod", service: "web", duration: .seconds(300))),
            .injectFault(.failHealthChecks(cluster: "prod", service: "web", duration: .milliseconds(1500) + .nanoseconds(7))),
            .injectFault(.failHealthChecks(cluster: "prod", service: "web", duration: nil)),
            .injectFault(.terminateInstance(cluster: "prod", instance: "i-0a1b")),
            .injectFault(.disconnectAgent(cluster: "prod", instance: "i-0a1b")),
            .injectFault(.reconnectAgent(cluster: "prod", instance: "i-0a1b")),
            .injectFault(.loseAvailabilityZone(cluster: "prod", zone: "us-east-1a")),
            .injectFault(.restoreAvailabilityZone(cluster: "prod", zone: "us-east-1a")),
            .setPaused(true),
            .setPaused(false),
            .setSpeed(0.25),
            .setSpeed(100),
            .stepToNextEvent,
        ]
    }()

    @Test func everyCommandRoundTripsThroughTheFile() throws {
        // Times that no Double holds exactly, and an error with JSON's special characters.
        let commands = Self.everyCommand.enumerated().map { index, command in
            RecordedCommand(
                at: .seconds(index) + .nanoseconds(123_456_789) + Duration(secondsComponent: 0, attosecondsComponent: 1),
                command: command, error: index == 2 ? "ClientException: \"quoted\"\nand a new line" : nil)
        }
        let extremes = [Duration.zero, Duration(secondsComponent: 0, attosecondsComponent: 1), .seconds(30 * 24 * 3600) + .nanoseconds(999_999_999)]
            .map { RecordedCommand(at: $0, command: .stepToNextEvent) }
        let extremeRecording = RunRecording(header: .init(seed: 0, chaos: .off), commands: extremes)
        #expect(try RunRecording(parsing: extremeRecording.text).commands.map(\.at) == extremes.map(\.at), "\(extremeRecording.text)")
        let recording = RunRecording(header: .init(seed: .max, chaos: .high, scenarioPath: "scenarios/big.yaml"), commands: commands, end: .seconds(99))
        let text = recording.text
        #expect(text.split(separator: "\n").count == commands.count + 2, "one line each:\n\(text)")
        let read = try RunRecording(parsing: text)
        #expect(read.header == recording.header)
        #expect(read.end == .seconds(99))
        #expect(read.commands.count == commands.count)
        for (original, back) in zip(commands, read.commands) {
            #expect(back.command == original.command)
            #expect(back.at == original.at)
            #expect(back.error == original.error)
        }
        #expect(read.commands.map(\.line) == Array(2..<(commands.count + 2)))
    }

    @Test func linesReadAsDocumented() throws {
        let recording = RunRecording(
            header: .init(seed: 42, chaos: .low),
            commands: [RecordedCommand(at: .milliseconds(12_500), command: .updateService(cluster: "prod", service: "web", desiredCount: 5))])
        let lines = recording.text.split(separator: "\n")
        #expect(lines[0] == #"{"chaos":"low","ecstop":2,"scenario":"default","seed":42}"#)
        #expect(lines[1] == #"{"at":12.5,"command":{"updateService":{"cluster":"prod","desiredCount":5,"service":"web"}}}"#)
        #expect(try RunRecording(parsing: recording.text).header.scenarioPath == nil)
    }

    @Test func recordingsFromBeforeTheTaggingFlagsStillRead() throws {
        let text = """
            {"chaos":"off","ecstop":1,"scenario":"default","seed":42}
            {"at":1,"command":{"createService":{"capacityProviderStrategy":[],"cluster":"prod","deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":false,"rollback":false},"maximumPercent":200,"minimumHealthyPercent":100},"desiredCount":1,"healthCheckGracePeriodSeconds":0,"loadBalancers":[],"placementConstraints":[],"placementStrategy":[],"schedulingStrategy":"REPLICA","serviceName":"old","taskDefinition":"batch"}}}
            {"at":2,"command":{"runTask":{"capacityProviderStrategy":[],"cluster":"prod","count":1,"placementConstraints":[],"placementStrategy":[],"taskDefinition":"batch"}}}

            """
        let commands = try RunRecording(parsing: text).commands.map(\.command)
        #expect(commands == [
            .createService(ServiceCreation(cluster: "prod", serviceName: "old", taskDefinition: "batch", desiredCount: 1)),
            .runTask(cluster: "prod", taskDefinition: "batch", count: 1),
        ])
        // Now written as RunTask's request, which leaves ECS's defaults out.
        let written = RunRecording(header: .init(seed: 42, chaos: .off), commands: [
            RecordedCommand(at: .seconds(2), command: .runTask(cluster: "prod", taskDefinition: "batch", count: 1)),
        ]).text
        #expect(written.split(separator: "\n")[1] == #"{"at":2,"command":{"runTask":{"cluster":"prod","count":1,"taskDefinition":"batch"}}}"#)
    }

    @Test func malformedFilesGiveEveryProblemWithItsLine() {
        let text = """
            {"chaos":"off","ecstop":2,"scenario":"default","seed":42}
            {"at":5,"command":{"fly":{"to":"moon"}}}
            {"at":3,"command":{"setPaused":true}}
            this is not JSON
            {"at":6,"command":{"stopTask":{"cluster":"prod","reason":"r"}}}
            {"at":7,"command":{"updateContainerInstancesState":{"cluster":"prod","containerInstances":[],"status":"ASLEEP"}}}
            {"at":7,"command":{"injectFault":{"explode":{"cluster":"prod"}}}}
            {"at":-1,"command":{"setPaused":true}}
            {"at":8}
            {"at":9,"end":true}
            {"at":10,"command":{"setPaused":false}}

            """
        #expect {
            try RunRecording(parsing: text)
        } throws: { error in
            let problems = (error as! RecordingProblems).problems
            let byLine = Dictionary(problems.map { ($0.line, $0.message) }, uniquingKeysWith: { $0 + "; " + $1 })
            #expect(problems.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9, 11], "\(error)")
            #expect(byLine[2]?.contains("unknown command 'fly'") == true)
            #expect(byLine[3]?.contains("out of time order") == true)
            #expect(byLine[4] == "not valid JSON")
            // ECS's own words, from the request mapping the API server uses too.
            #expect(byLine[5]?.contains("task is a required parameter") == true, "\(byLine[5] ?? "")")
            #expect(byLine[6]?.contains("ASLEEP is not a valid value for status") == true, "\(byLine[6] ?? "")")
            #expect(byLine[7]?.contains("unknown fault 'explode'") == true)
            #expect(byLine[8]?.contains("not negative") == true)
            #expect(byLine[9]?.contains("no 'command'") == true)
            #expect(byLine[11]?.contains("after the end") == true)
            return true
        }
    }

    @Test func aMissingHeaderIsLineOne() {
        for text in ["", #"{"at":1,"command":{"setPaused":true}}"#, #"{"chaos":"low","ecstop":3,"scenario":"default","seed":1}"#] {
            #expect(throws: RecordingProblems.self, "\(text)") { try RunRecording(parsing: text) }
            do {
                _ = try RunRecording(parsing: text)
            } catch {
                #expect(error.problems.first?.line == 1)
            }
        }
    }

    // MARK: A recorded run, replayed

    /// Drives a run through a recording control plane, at a pace no Double time would hit exactly:
    /// scale, kill, drain, a fault, a scale ECS refuses, pacing and a step.
    private func recordScriptedRun(to path: String) throws -> Simulator {
        var checkpoints: [(time: Duration, state: State)] = []
        return try recordScriptedRun(to: path, checkpoints: &checkpoints)
    }

    /// `checkpoints`: the state just after some of the commands, and its time.
    private func recordScriptedRun(to path: String, checkpoints: inout [(time: Duration, state: State)]) throws -> Simulator {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .low)
        let writer = try RecordingWriter(path: path, header: .init(seed: 42, chaos: .low))
        let plane = RecordingControlPlane(base: SimulatedControlPlane(simulator: simulator, speed: 3), writer: writer)
        func wait(_ frames: Int) { for _ in 0..<frames { plane.advance(wallElapsed: .milliseconds(333) + .nanoseconds(333)) } }

        wait(40)
        try plane.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 3))
        wait(7)
        try plane.execute(.updateService(cluster: "prod", service: "worker", desiredCount: 4))
        wait(30)
        let victim = try #require(simulator.snapshot().cluster(named: "prod")?.service(named: "worker")?.tasks.first { $0.desiredStatus == .running })
        try plane.execute(.stopTask(cluster: "prod", task: victim.id, reason: "Task stopped by user"))
        checkpoints.append((simulator.elapsed, state(of: simulator)))
        wait(11)
        let instance = try #require(simulator.snapshot().cluster(named: "prod")?.instances[2])
        try plane.execute(.updateContainerInstancesState(cluster: "prod", containerInstances: [instance.id], status: .draining))
        wait(23)
        let crashed = try #require(simulator.snapshot().cluster(named: "prod")?.service(named: "web")?.tasks.first { $0.desiredStatus == .running })
        try plane.execute(.injectFault(.crashTask(cluster: "prod", task: crashed.id)))
        #expect(throws: ECSError.self) { try plane.execute(.updateService(cluster: "prod", service: "web", desiredCount: -1)) }
        #expect(throws: ECSError.self) { try plane.execute(.setSpeed(1000)) }
        wait(5)
        try plane.execute(.setPaused(true))
        try plane.execute(.stepToNextEvent)
        try plane.execute(.stepToNextEvent)
        try plane.execute(.updateService(cluster: "prod", service: "api", desiredCount: 5))
        checkpoints.append((simulator.elapsed, state(of: simulator)))
        try plane.execute(.setPaused(false))
        try plane.execute(.setSpeed(10))
        wait(60)
        plane.finish()
        return simulator
    }

    /// What must match: every cluster's services (with their events and deployments), tasks and instances.
    private struct State: Equatable {
        var time: Date
        var taskDefinitions: [String: TaskDefinition]
        var clusters: [Cluster]
        var services: [[Service]]
        var tasks: [[Task]]
        var instances: [[ContainerInstance]]
    }

    private func state(of simulator: Simulator) -> State {
        let snapshot = simulator.snapshot()
        return State(
            time: snapshot.time, taskDefinitions: snapshot.taskDefinitions, clusters: snapshot.clusters.map(\.cluster),
            services: snapshot.clusters.map { $0.services.map(\.service) }, tasks: snapshot.clusters.map(\.allTasks),
            instances: snapshot.clusters.map { Array($0.instances) })
    }

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-recording-\(UUID().uuidString).jsonl").path
    }

    @Test func aReplayedRunEndsExactlyAsTheRecordedOne() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let live = try recordScriptedRun(to: path)
        let recording = try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8))
        #expect(recording.commands.count == 13)
        #expect(recording.commands.filter { $0.error != nil }.map(\.line) == [7, 8])
        #expect(recording.end == live.elapsed)

        let replay = RecordingReplay(recording: recording, scenario: { _ in Issue.record("no scenario file"); return .default })
        try replay.run()
        #expect(replay.simulator.elapsed == live.elapsed)
        #expect(state(of: replay.simulator) == state(of: live))
        // The worker was scaled to 4, and the killed task is stopped in both.
        #expect(replay.simulator.snapshot().cluster(named: "prod")?.service(named: "worker")?.service.desiredCount == 4)
    }

    @Test func aReplayStoppedAtACommandsTimeShowsTheRunJustAfterIt() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        var checkpoints: [(time: Duration, state: State)] = []
        _ = try recordScriptedRun(to: path, checkpoints: &checkpoints)
        let recording = try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8))
        #expect(checkpoints.count == 2)
        for checkpoint in checkpoints {
            let replay = RecordingReplay(recording: recording, scenario: { _ in .default })
            try replay.advance(to: checkpoint.time)
            #expect(state(of: replay.simulator) == checkpoint.state)
        }
    }

    @Test func aRecordingWithoutOneOfItsCommandsEndsElsewhere() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let live = try recordScriptedRun(to: path)
        var recording = try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8))
        recording.commands.removeAll { if case .stopTask = $0.command { true } else { false } }
        let replay = RecordingReplay(recording: recording, scenario: { _ in .default })
        try replay.run()
        #expect(state(of: replay.simulator) != state(of: live))
    }

    @Test func aDifferentAnswerIsReportedWithItsLine() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        _ = try recordScriptedRun(to: path)
        var recording = try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8))
        recording.commands[1].error = nil
        recording.commands[1].command = .updateService(cluster: "prod", service: "nonesuch", desiredCount: 4)
        let replay = RecordingReplay(recording: recording, scenario: { _ in .default })
        #expect {
            try replay.run()
        } throws: { error in
            let divergence = error as! ReplayDivergence
            return divergence.line == 3 && divergence.replayed?.hasPrefix("ServiceNotFoundException") == true
                && "\(divergence)".contains("line 3:")
        }
    }

    @Test func theInteractiveReplayPlaysTheRecordingAsTimePasses() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let live = try recordScriptedRun(to: path)
        let recording = try RunRecording(parsing: try String(contentsOfFile: path, encoding: .utf8))
        let plane = ReplayingControlPlane(replay: RecordingReplay(recording: recording, scenario: { _ in .default }), speed: 7)
        // Its own pace and steps, with none of the recording's: the same run all the same.
        try plane.execute(.stepToNextEvent)
        try plane.execute(.setPaused(false))
        while plane.replay.simulator.elapsed < live.elapsed {
            plane.advance(wallElapsed: min(.milliseconds(250), (live.elapsed - plane.replay.simulator.elapsed) / 7))
        }
        #expect(plane.divergence == nil)
        #expect(state(of: plane.replay.simulator) == state(of: live))
        #expect(throws: ECSError.self) { try plane.execute(.updateService(cluster: "prod", service: "web", desiredCount: 9)) }
    }

    @Test func anUnwritablePathIsRefusedAtOnce() {
        #expect(throws: RecordingWriter.OpenError.self) {
            try RecordingWriter(path: "/nonexistent-folder/run.jsonl", header: .init(seed: 1, chaos: .off))
        }
    }
}
