import AWSWire
@testable import Dashboard
import Foundation
import Simulator
import Testing

/// The describe view: ECS's describe-* JSON for the selection, printed as the AWS CLI prints it.
@Suite struct DescribeDocumentTests {
    private let fixture = SnapshotFixture.make()
    private var prod: ClusterSnapshot { fixture.clusters[0] }

    /// What the describe view prints for a resource: its response shape as JSON.
    private func shown(_ shape: some Encodable) throws -> JSONValue {
        try JSONValueEncoder().encode(shape)
    }

    private func document(_ subject: Subject, in snapshot: ControlPlaneSnapshot? = nil) -> Document {
        let snapshot = snapshot ?? fixture
        let cluster = snapshot.cluster(named: subject.cluster)!
        return DescribeDocument(subject: subject, cluster: cluster, snapshot: snapshot).build()
    }

    private func simulated(at seconds: Int64) -> Simulator {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(seconds))
        return simulator
    }

    @Test func aTaskOpensWithItsMembersInTheModelsOrder() {
        let id = SnapshotFixture.hex(1)
        let lines = document(.task(cluster: "prod", task: id)).lines.map(\.text)
        #expect(Array(lines.prefix(22)) == [
            "{",
            "    \"attachments\": [],",
            "    \"availabilityZone\": \"us-east-1a\",",
            "    \"clusterArn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\",",
            "    \"connectivity\": \"CONNECTED\",",
            "    \"connectivityAt\": \"2025-12-31T23:59:36+00:00\",",
            "    \"containerInstanceArn\": \"arn:aws:ecs:us-east-1:123456789012:container-instance/prod/\(SnapshotFixture.hex(1000))\",",
            "    \"containers\": [",
            "        {",
            "            \"taskArn\": \"arn:aws:ecs:us-east-1:123456789012:task/prod/\(id)\",",
            "            \"name\": \"web\",",
            "            \"image\": \"nginx:1.27\",",
            "            \"lastStatus\": \"RUNNING\",",
            "            \"networkBindings\": [",
            "                {",
            "                    \"bindIP\": \"0.0.0.0\",",
            "                    \"containerPort\": 80,",
            "                    \"hostPort\": 49153,",
            "                    \"protocol\": \"tcp\"",
            "                }",
            "            ],",
            "            \"networkInterfaces\": [],",
        ])
        #expect(lines.contains("    \"cpu\": \"256\","), "task cpu is a string, as ECS sends it")
        #expect(lines.contains("    \"memory\": \"512\","))
        #expect(lines.last == "}")
        #expect(!lines.contains { $0.contains("stopCode") || $0.contains("stoppedAt") }, "absent members are left out")
    }

    @Test func keysStringsNumbersLiteralsAndPunctuationHaveTheirOwnColours() throws {
        let lines = document(.task(cluster: "prod", task: SnapshotFixture.hex(1))).lines
        func spans(of text: String) throws -> [StyledLine.Span] {
            try #require(lines.first { $0.text == text }, "no line \(text)").spans
        }
        #expect(try spans(of: "    \"cpu\": \"256\",") == [
            .init("    "), .init("\"cpu\"", .jsonKey), .init(": ", .jsonPunctuation), .init("\"256\"", .jsonString),
            .init(",", .jsonPunctuation),
        ])
        #expect(try spans(of: "                    \"hostPort\": 49153,")[3] == .init("49153", .jsonNumber))
        #expect(try spans(of: "    \"enableExecuteCommand\": false,")[3] == .init("false", .jsonLiteral))
        #expect(lines.first?.spans == [.init("{", .jsonPunctuation)])
        #expect(try spans(of: "    \"attachments\": [],")[3] == .init("[]", .jsonPunctuation))
    }

    @Test func timestampsReadAsTheCLIPrintsThem() {
        let epoch = SnapshotFixture.epoch
        #expect(epoch.addingTimeInterval(271).awsCLIText == "2026-01-01T00:04:31+00:00")
        #expect(epoch.addingTimeInterval(271.589).awsCLIText == "2026-01-01T00:04:31.589000+00:00")
        #expect(epoch.addingTimeInterval(-0.25).awsCLIText == "2025-12-31T23:59:59.750000+00:00")
        #expect(Date(timeIntervalSince1970: 1_709_208_000).awsCLIText == "2024-02-29T12:00:00+00:00")
        // The API server's wire form: epoch seconds, milliseconds at most.
        #expect(JSONValue.timestamp(epoch.addingTimeInterval(271.589)).compactText == "1767225871.589")
        #expect(JSONValue.timestamp(epoch).compactText == "1767225600")
        let service = document(.service(cluster: "prod", service: "web")).lines.map(\.text)
        #expect(service.contains("    \"createdAt\": \"2026-01-01T00:00:00+00:00\","))
    }

    @Test func theCLIsOwnPrinterGivesTheSameText() throws {
        // Python's json.dumps(indent=4, ensure_ascii=False) is what the CLI prints with; timestamps are
        // handed to it as the strings the CLI makes of them.
        let simulator = simulated(at: 90)
        let snapshot = simulator.snapshot()
        let prod = try #require(snapshot.cluster(named: "prod"))
        let service = try #require(prod.service(named: "web"))
        for value in [try shown(ECSShapes.Service(service.service)), try shown(ECSShapes.Task(service.tasks[0])), try shown(ECSShapes.ContainerInstance(prod.instances[0]))] {
            let printed = JSONDocumentPrinter().lines(for: value).map(\.text).joined(separator: "\n")
            #expect(try pythonPrinted(value.replacingTimestamps) == printed)
        }
    }

    @Test func aStoppedTaskSaysWhyAndWhen() throws {
        let simulator = simulated(at: 90)
        let victim = try #require(simulator.snapshot().cluster(named: "prod")?.service(named: "web")?.tasks.first)
        try simulator.execute(.stopTask(cluster: "prod", task: victim.id, reason: "Stopped from ecstop"))
        simulator.advance(by: .seconds(60))
        let snapshot = simulator.snapshot()
        let stopped = try #require(snapshot.cluster(named: "prod")?.service(named: "web")?.tasks.first { $0.id == victim.id })
        #expect(stopped.lastStatus == .stopped)
        let lines = document(.task(cluster: "prod", task: victim.id), in: snapshot).lines.map(\.text)
        #expect(lines.contains("    \"stopCode\": \"UserInitiated\","))
        #expect(lines.contains("    \"stoppedReason\": \"Stopped from ecstop\","))
        #expect(lines.contains("    \"lastStatus\": \"STOPPED\","))
        #expect(lines.contains("    \"desiredStatus\": \"STOPPED\","))
        #expect(lines.contains { $0.hasPrefix("    \"stoppingAt\": \"2026-01-01T00:01:30") })
        #expect(lines.contains { $0.hasPrefix("    \"stoppedAt\": \"2026-01-01T00:0") })
        #expect(lines.contains { $0.hasPrefix("            \"exitCode\": ") }, "a stopped container reports its exit code")
    }

    @Test func instanceResourcesAreECSsResourceList() throws {
        let instance = prod.instances[0]
        let value = try shown(ECSShapes.ContainerInstance(instance))
        let registered = try #require(value["registeredResources"])
        let remaining = try #require(value["remainingResources"])
        for list in [registered, remaining] {
            #expect((0..<4).map { list[$0]?["name"] } == ["CPU", "MEMORY", "PORTS", "PORTS_UDP"].map(JSONValue.string))
            #expect((0..<4).map { list[$0]?["type"] } == ["INTEGER", "INTEGER", "STRINGSET", "STRINGSET"].map(JSONValue.string))
        }
        #expect(registered[0]?["integerValue"] == .integer(2048))
        #expect(registered[1]?["integerValue"] == .integer(7680))
        #expect(remaining[0]?["integerValue"] == .integer(512), "2048 registered less 1536 reserved")
        #expect(remaining[1]?["integerValue"] == .integer(3584))
        #expect(registered[2]?["stringSetValue"] == .array(["22", "2375", "2376", "51678", "51679"].map(JSONValue.string)))
        #expect(registered[3]?["stringSetValue"] == .array([]))
        #expect(registered[0]?["stringSetValue"] == nil, "integer resources have no string set")
        let lines = document(.instance(cluster: "prod", instance: instance.id)).lines.map(\.text)
        #expect(lines[1] == "    \"containerInstanceArn\": \"\(instance.arn)\",")
        #expect(lines.contains("            \"integerValue\": 512"))
        #expect(lines.contains("            \"doubleValue\": 0.0,"))
        #expect(lines.contains("    \"agentConnected\": true,"))
    }

    @Test func aSubjectThatLeftTheSnapshotSaysSo() {
        let task = document(.task(cluster: "prod", task: "3f9a12c4" + String(repeating: "0", count: 24)))
        #expect(task.lines.isEmpty)
        #expect(task.emptyText == "task 3f9a12c4 is no longer listed")
        #expect(document(.service(cluster: "prod", service: "gone")).emptyText == "service gone is no longer listed")
        #expect(document(.instance(cluster: "prod", instance: "ffffffff")).emptyText == "instance ffffffff is no longer listed")
        #expect(document(.cluster("staging")).lines.count > 2)
    }

    @Test func everyMemberEmittedIsInBotocoresModelInItsOrder() throws {
        let model = try BotocoreECSModel.load()
        func problems(in snapshot: ControlPlaneSnapshot) throws -> (problems: [String], described: Int) {
            var problems: [String] = []
            var described = 0
            for cluster in snapshot.clusters {
                problems += model.problems(in: try shown(ECSShapes.Cluster(cluster.cluster)), shape: "Cluster")
                for service in cluster.services {
                    problems += model.problems(in: try shown(ECSShapes.Service(service.service)), shape: "Service")
                }
                for task in cluster.allTasks { problems += model.problems(in: try shown(ECSShapes.Task(task)), shape: "Task") }
                for instance in cluster.instances {
                    problems += model.problems(in: try shown(ECSShapes.ContainerInstance(instance)), shape: "ContainerInstance")
                }
                described += 1 + cluster.services.count + cluster.allTasks.count + cluster.instances.count
            }
            return (problems, described)
        }
        let simulator = simulated(at: 90)
        let atNinety = try problems(in: simulator.snapshot())
        #expect(atNinety.problems == [])
        #expect(atNinety.described > 20, "the scenario has something to describe")
        // Nothing has stopped by 90 s; a stopped task brings the stop members in.
        let victim = try #require(simulator.snapshot().cluster(named: "prod")?.services.first?.tasks.first)
        try simulator.execute(.stopTask(cluster: "prod", task: victim.id, reason: "Stopped from ecstop"))
        simulator.advance(by: .seconds(60))
        #expect(try problems(in: simulator.snapshot()).problems == [])
        // The check itself catches a misspelt or misplaced member.
        let misspelt = JSONValue.object([.init("taskArn", .string("x")), .init("clusterARN", .string("y")), .init("cpu", .string("1"))])
        #expect(model.problems(in: misspelt, shape: "Task") == ["clusterARN is not a member of Task", "cpu comes out of Task's member order"])
    }

    @Test func aBigServiceDescribesOnlyItselfAndQuickly() throws {
        var snapshot = fixture
        let template = prod.services[0].tasks[0]
        var service = prod.services[0]
        service.tasks = ChunkedArray((0..<1000).map { n in
            var task = template
            task.id = String(format: "%032x", n)
            return task
        })
        service.service.events = (0..<ServiceEvent.limit).map { n in
            ServiceEvent(id: "event-\(n)", createdAt: SnapshotFixture.now.addingTimeInterval(Double(-n)),
                         message: "(service web) has started 1 tasks: (task \(String(format: "%032x", n))).")
        }
        snapshot.clusters[0].services[0] = service
        let lines = document(.service(cluster: "prod", service: "web"), in: snapshot).lines
        #expect(!lines.contains { $0.text.contains("\"taskArn\"") }, "a service is described without its tasks")
        #expect(lines.count > 400)
        // The fastest of several runs: other work on a shared machine only ever adds time.
        func fastest(_ build: () -> Void) -> Duration {
            (0..<15).map { _ in ContinuousClock().measure(build) }.min()!
        }
        let serviceTime = fastest { _ = document(.service(cluster: "prod", service: "web"), in: snapshot) }
        let taskTime = fastest { _ = document(.task(cluster: "prod", task: String(format: "%032x", 999)), in: snapshot) }
        // Debug builds are several times slower than release; these bounds leave room for that.
        #expect(serviceTime < .milliseconds(20), "service: \(serviceTime)")
        #expect(taskTime < .milliseconds(3), "task: \(taskTime)")
        print("describe: service with 100 events \(serviceTime), task among 1,000 \(taskTime)")
    }

    /// The value as Python's json module pretty-prints it, the way the CLI does.
    private func pythonPrinted(_ value: JSONValue) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json, sys; sys.stdout.write(json.dumps(json.load(sys.stdin), indent=4, ensure_ascii=False))"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(value.compactText.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}

private extension JSONValue {
    /// The same value with each timestamp as the CLI's text, for printers that know no timestamps.
    var replacingTimestamps: JSONValue {
        switch self {
        case .object(let members): .object(members.map { .init($0.key, $0.value.replacingTimestamps) })
        case .array(let elements): .array(elements.map(\.replacingTimestamps))
        case .timestamp(let date): .string(date.awsCLIText)
        default: self
        }
    }
}
