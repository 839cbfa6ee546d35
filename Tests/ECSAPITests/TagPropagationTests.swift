@testable import ECSAPI
import ECSModel
import Testing

/// `propagateTags`, `enableECSManagedTags` and `enableExecuteCommand` of CreateService, UpdateService and
/// RunTask: kept, echoed, and the tags copied onto the tasks launched afterwards.
@Suite struct TagPropagationTests {
    let fixture = RouterFixture()
    private let prefix = "arn:aws:ecs:us-east-1:123456789012:"

    private func tags(_ pairs: [(String, String)]) -> JSONValue {
        .array(pairs.map { .object([.init("key", .string($0.0)), .init("value", .string($0.1))]) })
    }

    private func listedTags(_ arn: String) throws -> JSONValue? {
        try fixture.call("ListTagsForResource", #"{"resourceArn":"\#(arn)"}"#).json["tags"]
    }

    private func serviceTaskARNs(_ service: String) -> [String] {
        fixture.controlPlane.snapshot().cluster(named: "prod")?.service(named: service)?.tasks.map(\.arn) ?? []
    }

    private func registerTaggedDefinition() throws {
        let registered = try fixture.call("RegisterTaskDefinition", #"""
            {"family":"tagged","containerDefinitions":[{"name":"app","image":"nginx","cpu":64,"memory":64}],
             "tags":[{"key":"from","value":"definition"}]}
            """#)
        #expect(registered.status == 200)
    }

    @Test func createServiceKeepsTheFlagsAndTagsItsTasks() throws {
        try registerTaggedDefinition()
        let created = try fixture.call("CreateService", #"""
            {"cluster":"prod","serviceName":"tagged","taskDefinition":"tagged","desiredCount":2,
             "enableExecuteCommand":true,"propagateTags":"SERVICE","enableECSManagedTags":true,
             "tags":[{"key":"team","value":"a"}]}
            """#)
        #expect(created.status == 200)
        #expect(created.json["service"]?["tags"] == tags([("team", "a")]), "CreateService echoes the tags it was given")
        for service in [created.json["service"], try fixture.call("DescribeServices", #"{"cluster":"prod","services":["tagged"]}"#).json["services"]?[0]] {
            #expect(service?["enableExecuteCommand"] == .bool(true))
            #expect(service?["propagateTags"] == .string("SERVICE"))
            #expect(service?["enableECSManagedTags"] == .bool(true))
        }
        fixture.controlPlane.advance(wallElapsed: .seconds(60))
        let tasks = serviceTaskARNs("tagged")
        #expect(tasks.count == 2)
        let expected = tags([("team", "a"), ("aws:ecs:clusterName", "prod"), ("aws:ecs:serviceName", "tagged")])
        for arn in tasks { #expect(try listedTags(arn) == expected) }
        let described = try fixture.call("DescribeTasks", #"{"cluster":"prod","tasks":["\#(tasks[0])"],"include":["TAGS"]}"#).json
        #expect(described["tasks"]?[0]?["tags"] == expected)
        #expect(described["tasks"]?[0]?["enableExecuteCommand"] == .bool(true))
    }

    @Test func updateServiceChangesTheFlagsForTasksLaunchedAfterwards() throws {
        try registerTaggedDefinition()
        _ = try fixture.call("CreateService", #"{"cluster":"prod","serviceName":"later","taskDefinition":"tagged","desiredCount":1}"#)
        fixture.controlPlane.advance(wallElapsed: .seconds(60))
        let first = serviceTaskARNs("later")
        #expect(first.count == 1)
        #expect(try listedTags(first[0]) == .array([]))

        let updated = try fixture.call("UpdateService", #"""
            {"cluster":"prod","service":"later","desiredCount":2,"propagateTags":"TASK_DEFINITION",
             "enableECSManagedTags":true,"enableExecuteCommand":true}
            """#)
        #expect(updated.status == 200)
        #expect(updated.json["service"]?["propagateTags"] == .string("TASK_DEFINITION"))
        #expect(updated.json["service"]?["enableECSManagedTags"] == .bool(true))
        #expect(updated.json["service"]?["enableExecuteCommand"] == .bool(true))
        fixture.controlPlane.advance(wallElapsed: .seconds(60))
        let second = serviceTaskARNs("later").filter { $0 != first[0] }
        #expect(second.count == 1)
        #expect(try listedTags(first[0]) == .array([]), "tasks already running keep the tags they had")
        #expect(try listedTags(second[0]) == tags([
            ("from", "definition"), ("aws:ecs:clusterName", "prod"), ("aws:ecs:serviceName", "later"),
        ]))
        // Leaving a member out leaves it as it was.
        let unchanged = try fixture.call("UpdateService", #"{"cluster":"prod","service":"later","desiredCount":2}"#).json
        #expect(unchanged["service"]?["propagateTags"] == .string("TASK_DEFINITION"))
        #expect(try fixture.errorType("UpdateService", #"{"cluster":"prod","service":"later","propagateTags":"ALL"}"#)
            == "InvalidParameterException")
    }

    @Test func runTaskPropagatesTheDefinitionsTagsAndManagedOnes() throws {
        try registerTaggedDefinition()
        let ran = try fixture.call("RunTask", #"""
            {"cluster":"prod","taskDefinition":"tagged","propagateTags":"TASK_DEFINITION","enableECSManagedTags":true,
             "enableExecuteCommand":true,"tags":[{"key":"team","value":"b"}]}
            """#).json
        guard case .string(let arn)? = ran["tasks"]?[0]?["taskArn"] else { Issue.record("no task: \(ran)"); return }
        #expect(ran["tasks"]?[0]?["enableExecuteCommand"] == .bool(true))
        #expect(ran["tasks"]?[0]?["tags"] == tags([("from", "definition"), ("aws:ecs:clusterName", "prod"), ("team", "b")]))
        #expect(try listedTags(arn) == tags([("from", "definition"), ("aws:ecs:clusterName", "prod"), ("team", "b")]))
        // A standalone task has no service to take tags from.
        #expect(try fixture.errorType("RunTask", #"{"cluster":"prod","taskDefinition":"tagged","propagateTags":"SERVICE"}"#)
            == "InvalidParameterException")
        let plain = try fixture.call("RunTask", #"{"cluster":"prod","taskDefinition":"tagged"}"#).json
        guard case .string(let untagged)? = plain["tasks"]?[0]?["taskArn"] else { Issue.record("no task: \(plain)"); return }
        #expect(try listedTags(untagged) == .array([]))
        #expect(plain["tasks"]?[0]?["tags"] == nil)
        #expect(plain["tasks"]?[0]?["enableExecuteCommand"] == .bool(false))
    }

    @Test func propagatedTagsGoWhenTheTaskExpires() throws {
        try registerTaggedDefinition()
        let ran = try fixture.call("RunTask", #"{"cluster":"prod","taskDefinition":"tagged","propagateTags":"TASK_DEFINITION"}"#).json
        guard case .string(let arn)? = ran["tasks"]?[0]?["taskArn"] else { Issue.record("no task: \(ran)"); return }
        _ = try fixture.call("StopTask", #"{"cluster":"prod","task":"\#(arn)"}"#)
        #expect(fixture.controlPlane.snapshot().tags[arn] != nil)
        fixture.controlPlane.advance(wallElapsed: .seconds(2 * 3600))
        #expect(fixture.controlPlane.snapshot().tags[arn] == nil)
    }
}
