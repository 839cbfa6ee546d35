@testable import AWSWire
@testable import ECSAPI
import Foundation
import Testing

/// The generated JSON writers of the ECS shapes write, byte for byte, what `ShapeJSONEncoder` writes
/// through `Encodable`: the server's answers go out through the writers, and the `Encodable` path is
/// what the rest of the code base (and the other services' shapes) still use.
@Suite struct GeneratedWriterTests {
    let fixture = RouterFixture()

    /// `value` both ways: the same text, and the direct path really taken.
    func expectSameBytes<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(value is any ShapeJSONWritable, sourceLocation: sourceLocation)
        let direct = try ShapeJSONEncoder().encode(value)
        let throughEncodable = try ShapeJSONEncoder(usesGeneratedWriters: false).encode(value)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: throughEncodable, as: UTF8.self),
                sourceLocation: sourceLocation)
    }

    /// The typed answer of `operation` from the default scenario's router.
    func answer<Output: Decodable>(_ operation: String, _ body: String, as type: Output.Type) throws -> Output {
        let response = fixture.router.respond(target: ECSRequestRouter.targetPrefix + operation, body: Array(body.utf8))
        try #require(response.status == 200, "\(operation): \(response.body)")
        return try AWSJSONCoding.decoder().decode(Output.self, from: Data(response.bytes))
    }

    func list(_ text: [String]) -> String {
        "[" + text.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    @Test func theSimulationsAnswersAreTheSameBothWays() throws {
        let clusters = try answer("ListClusters", "{}", as: ECSShapes.ListClustersResponse.self).clusterArns ?? []
        try #require(!clusters.isEmpty)
        try expectSameBytes(try answer(
            "DescribeClusters", #"{"clusters":\#(list(clusters)),"include":["SETTINGS","STATISTICS","TAGS"]}"#,
            as: ECSShapes.DescribeClustersResponse.self))
        var describedTasks = 0
        var taskDefinitions: Set<String> = []
        for cluster in clusters {
            let services = try answer("ListServices", #"{"cluster":"\#(cluster)"}"#, as: ECSShapes.ListServicesResponse.self)
            try expectSameBytes(services)
            for page in stride(from: 0, to: services.serviceArns?.count ?? 0, by: 10) {
                let names = Array(services.serviceArns![page..<min(page + 10, services.serviceArns!.count)])
                try expectSameBytes(try answer(
                    "DescribeServices", #"{"cluster":"\#(cluster)","services":\#(list(names)),"include":["TAGS"]}"#,
                    as: ECSShapes.DescribeServicesResponse.self))
            }
            let tasks = try answer("ListTasks", #"{"cluster":"\#(cluster)"}"#, as: ECSShapes.ListTasksResponse.self)
            try expectSameBytes(tasks)
            if let arns = tasks.taskArns, !arns.isEmpty {
                let described = try answer(
                    "DescribeTasks", #"{"cluster":"\#(cluster)","tasks":\#(list(arns)),"include":["TAGS"]}"#,
                    as: ECSShapes.DescribeTasksResponse.self)
                try expectSameBytes(described)
                describedTasks += described.tasks?.count ?? 0
                taskDefinitions.formUnion(described.tasks?.compactMap(\.taskDefinitionArn) ?? [])
            }
            let instances = try answer("ListContainerInstances", #"{"cluster":"\#(cluster)"}"#,
                                       as: ECSShapes.ListContainerInstancesResponse.self)
            if let arns = instances.containerInstanceArns, !arns.isEmpty {
                try expectSameBytes(try answer(
                    "DescribeContainerInstances", #"{"cluster":"\#(cluster)","containerInstances":\#(list(arns))}"#,
                    as: ECSShapes.DescribeContainerInstancesResponse.self))
            }
        }
        #expect(describedTasks > 0)
        try #require(!taskDefinitions.isEmpty)
        for taskDefinition in taskDefinitions.sorted() {
            try expectSameBytes(try answer(
                "DescribeTaskDefinition", #"{"taskDefinition":"\#(taskDefinition)","include":["TAGS"]}"#,
                as: ECSShapes.DescribeTaskDefinitionResponse.self))
        }
    }

    @Test(arguments: [0, 1, -0.5, 1767225871, 1767225871.589, 1767225871.5, 1767225871.0004, 1767225871.9996, -1767225871.25])
    func datesAreTheSameBothWays(seconds: Double) throws {
        try expectSameBytes(ECSShapes.Task(createdAt: Date(timeIntervalSince1970: seconds), version: 9_000_000_000))
    }

    @Test func mapsEnumsEscapesAndNumbersAreTheSameBothWays() throws {
        try expectSameBytes(ECSShapes.LogConfiguration(
            logDriver: .unknown("quantum-log"),
            options: ["zone": "b", "awslogs-group": "/ecs/web", "quote\"d": "tab\there\u{1}", "é": "ü"],
            secretOptions: []))
        try expectSameBytes(ECSShapes.LogConfiguration(logDriver: .awslogs, options: [:]))
        try expectSameBytes(ECSShapes.Task(
            attributes: [.init(name: "a\\b", value: "line\nbreak")], connectivity: .connected,
            enableExecuteCommand: false, launchType: .unknown("QUANTUM"), tags: [.init(key: "k", value: "")]))
        try expectSameBytes(ECSShapes.CanaryConfiguration(canaryPercent: 12.5, canaryBakeTimeInMinutes: 10))
        try expectSameBytes(ECSShapes.CanaryConfiguration(canaryPercent: 0.1))
    }

    @Test func emptyStructuresAndDocumentsAreTheSameBothWays() throws {
        try expectSameBytes(ECSShapes.TagResourceResponse())
        try expectSameBytes(ECSShapes.Task())
        try expectSameBytes(ECSShapes.DescribeTasksResponse(tasks: [], failures: [.init(arn: "x", reason: "MISSING")]))
        try expectSameBytes(ECSShapes.DeploymentLifecycleHook(
            lifecycleStages: [.unknown("LATER")],
            hookDetails: .array([.null, .bool(true), .number(1.5), .string("s"), .object(["only": .number(2)])])))
    }

    @Test func aNumberJSONCannotHoldFailsBothWays() {
        #expect(throws: EncodingError.self) { try ShapeJSONEncoder().encode(ECSShapes.CanaryConfiguration(canaryPercent: .nan)) }
        #expect(throws: EncodingError.self) {
            try ShapeJSONEncoder(usesGeneratedWriters: false).encode(ECSShapes.CanaryConfiguration(canaryPercent: .infinity))
        }
    }
}
