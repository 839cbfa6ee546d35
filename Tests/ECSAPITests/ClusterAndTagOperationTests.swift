@testable import ECSAPI
import ECSModel
import Testing

/// CreateCluster, DeleteCluster, TagResource, UntagResource, ListTagsForResource, the `tags` of the
/// create calls and `include: ["TAGS"]` of the describe calls, as botocore sends them.
@Suite struct ClusterAndTagOperationTests {
    let fixture = RouterFixture()
    private let prefix = "arn:aws:ecs:us-east-1:123456789012:"

    private func tags(_ pairs: [(String, String)]) -> JSONValue {
        .array(pairs.map { .object([.init("key", .string($0.0)), .init("value", .string($0.1))]) })
    }

    private func listedTags(_ arn: String) throws -> JSONValue? {
        try fixture.call("ListTagsForResource", #"{"resourceArn":"\#(arn)"}"#).json["tags"]
    }

    @Test func createClusterAnswersTheClusterWithItsTags() throws {
        let (status, json) = try fixture.call("CreateCluster", #"""
            {"clusterName":"x","capacityProviders":["FARGATE"],
             "defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}],
             "tags":[{"key":"team","value":"a"}]}
            """#)
        #expect(status == 200)
        let cluster = json["cluster"]
        #expect(cluster?["clusterArn"] == .string(prefix + "cluster/x"))
        #expect(cluster?["status"] == .string("ACTIVE"))
        #expect(cluster?["activeServicesCount"] == .integer(0) && cluster?["runningTasksCount"] == .integer(0))
        #expect(cluster?["capacityProviders"] == .array([.string("FARGATE")]))
        #expect(cluster?["defaultCapacityProviderStrategy"]?[0]?["weight"] == .integer(1))
        #expect(cluster?["tags"] == tags([("team", "a")]))
        #expect(fixture.strings(try fixture.call("ListClusters").json["clusterArns"]).contains(prefix + "cluster/x"))
        // Without a name: ECS's `default`.
        #expect(try fixture.call("CreateCluster").json["cluster"]?["clusterName"] == .string("default"))
    }

    @Test func createClusterRefusesBadInputAndCreatesNothing() throws {
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"a b"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"x","capacityProviders":["mine"]}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"x","tags":[{"key":"aws:x","value":"1"}]}"#)
            == "InvalidParameterException")
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"x","tags":[{"value":"1"}]}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"x","tags":"k=v"}"#) == "SerializationException")
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"x","settings":[{"name":"containerInsights","value":"enabled"}]}"#)
            == "ClientException")
        #expect(fixture.controlPlane.snapshot().cluster(named: "x") == nil)
    }

    @Test func deleteClusterRefusesWhileServicesRunThenLeavesItInactive() throws {
        let refused = try fixture.call("DeleteCluster", #"{"cluster":"prod"}"#)
        #expect(refused.status == 400)
        #expect(refused.json["__type"] == .string("ClusterContainsServicesException"))
        #expect(refused.json["message"] == .string("The Cluster cannot be deleted while Services are active."))
        #expect(try fixture.errorType("DeleteCluster") == "InvalidParameterException")
        #expect(try fixture.errorType("DeleteCluster", #"{"cluster":"nope"}"#) == "ClusterNotFoundException")

        _ = try fixture.call("CreateCluster", #"{"clusterName":"x","tags":[{"key":"team","value":"a"}]}"#)
        let deleted = try fixture.call("DeleteCluster", #"{"cluster":"\#(prefix)cluster/x"}"#)
        #expect(deleted.status == 200 && deleted.json["cluster"]?["status"] == .string("INACTIVE"))
        #expect(!fixture.strings(try fixture.call("ListClusters").json["clusterArns"]).contains(prefix + "cluster/x"))
        let described = try fixture.call("DescribeClusters", #"{"clusters":["x"],"include":["TAGS"]}"#).json
        #expect(described["clusters"]?[0]?["status"] == .string("INACTIVE"))
        #expect(described["clusters"]?[0]?["tags"] == tags([("team", "a")]), "a deleted cluster keeps its tags")
        #expect(fixture.count(described["failures"]) == 0)
        for (operation, body) in [
            ("ListServices", #"{"cluster":"x"}"#), ("ListTasks", #"{"cluster":"x"}"#),
            ("DescribeServices", #"{"cluster":"x","services":["s"]}"#), ("DeleteCluster", #"{"cluster":"x"}"#),
            ("RunTask", #"{"cluster":"x","taskDefinition":"web"}"#),
            ("ListTagsForResource", #"{"resourceArn":"\#(prefix)cluster/x"}"#),
            ("TagResource", #"{"resourceArn":"\#(prefix)cluster/x","tags":[{"key":"k","value":"v"}]}"#),
        ] {
            #expect(try fixture.errorType(operation, body) == "ClusterNotFoundException", "\(operation)")
        }
        // Created again: ACTIVE, listed again.
        #expect(try fixture.call("CreateCluster", #"{"clusterName":"x"}"#).json["cluster"]?["status"] == .string("ACTIVE"))
        #expect(fixture.strings(try fixture.call("ListClusters").json["clusterArns"]).contains(prefix + "cluster/x"))
    }

    @Test func tagUntagAndListTags() throws {
        let service = prefix + "service/prod/web"
        let tagged = try fixture.call("TagResource", #"""
            {"resourceArn":"\#(service)","tags":[{"key":"team","value":"a"},{"key":"env","value":"dev"}]}
            """#)
        #expect(tagged.status == 200 && tagged.json == .object([]))
        _ = try fixture.call("TagResource", #"{"resourceArn":"\#(service)","tags":[{"key":"env","value":"prod"}]}"#)
        #expect(try listedTags(service) == tags([("team", "a"), ("env", "prod")]))
        let untagged = try fixture.call("UntagResource", #"{"resourceArn":"\#(service)","tagKeys":["team"]}"#)
        #expect(untagged.status == 200 && untagged.json == .object([]))
        #expect(try listedTags(service) == tags([("env", "prod")]))
        #expect(try listedTags(prefix + "service/prod/api") == .array([]))
    }

    @Test func tagErrorsAreECSs() throws {
        #expect(try fixture.errorType("TagResource", #"{"resourceArn":"web","tags":[]}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("TagResource", #"{"resourceArn":"\#(prefix)service/prod/web"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("UntagResource", #"{"resourceArn":"\#(prefix)service/prod/web"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("TagResource", #"{"resourceArn":"\#(prefix)service/nope/web","tags":[]}"#)
            == "ClusterNotFoundException")
        let missing = try fixture.call("TagResource", #"{"resourceArn":"\#(prefix)service/prod/ghost","tags":[]}"#)
        #expect(missing.json["__type"] == .string("ResourceNotFoundException"))
        #expect(missing.json["message"] == .string("The specified resource could not be found."))
        #expect(try fixture.errorType("UntagResource", #"{"resourceArn":"\#(prefix)task-definition/nope:1","tagKeys":["k"]}"#)
            == "ResourceNotFoundException")
        #expect(try fixture.errorType("ListTagsForResource", #"{"resourceArn":"web"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("ListTagsForResource", #"{"resourceArn":"\#(prefix)cluster/nope"}"#) == "ClusterNotFoundException")
        for ghost in ["service/prod/ghost", "task/prod/0123456789abcdef0123456789abcdef", "container-instance/prod/0000",
                      "task-definition/nope:1"] {
            #expect(try fixture.errorType("ListTagsForResource", #"{"resourceArn":"\#(prefix)\#(ghost)"}"#)
                == "ResourceNotFoundException", "\(ghost): as TagResource answers")
        }
        #expect(try fixture.errorType("ListTagsForResource", #"{"resourceArn":"\#(prefix)service/prod/web"}"#) == nil)
    }

    @Test func describeCallsAddTagsWhenAskedTo() throws {
        let snapshot = fixture.controlPlane.snapshot()
        let prod = try #require(snapshot.cluster(named: "prod"))
        let task = prod.services[0].tasks[0]
        let instance = prod.instances[0]
        let definition = try #require(snapshot.taskDefinitions.values.first { $0.family == "worker" })
        for arn in [prod.cluster.arn, prod.services[0].service.arn, task.arn, instance.arn, definition.arn] {
            _ = try fixture.call("TagResource", #"{"resourceArn":"\#(arn)","tags":[{"key":"k","value":"v"}]}"#)
        }
        let expected = tags([("k", "v")])
        let service = prod.services[0].service.name
        let calls: [(String, String, String)] = [
            ("DescribeClusters", #""clusters":["prod"]"#, "clusters"),
            ("DescribeServices", #""cluster":"prod","services":["\#(service)"]"#, "services"),
            ("DescribeTasks", #""cluster":"prod","tasks":["\#(task.id)"]"#, "tasks"),
            ("DescribeContainerInstances", #""cluster":"prod","containerInstances":["\#(instance.id)"]"#, "containerInstances"),
        ]
        for (operation, members, key) in calls {
            let with = try fixture.call(operation, "{\(members),\"include\":[\"TAGS\"]}").json
            #expect(with[key]?[0]?["tags"] == expected, "\(operation)")
            let without = try fixture.call(operation, "{\(members)}").json
            #expect(without[key]?[0]?["tags"] ?? .array([]) == .array([]), "\(operation) without include")
        }
        let described = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"worker","include":["TAGS"]}"#).json
        #expect(described["tags"] == expected)
        #expect(try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"worker"}"#).json["tags"] == nil)
    }

    @Test func createCallsTagWhatTheyCreate() throws {
        let tag = #""tags":[{"key":"team","value":"a"}]"#
        let registered = try fixture.call("RegisterTaskDefinition", #"""
            {"family":"tagged","containerDefinitions":[{"name":"app","image":"nginx","cpu":64,"memory":64}],\#(tag)}
            """#).json
        #expect(registered["tags"] == tags([("team", "a")]))
        #expect(try listedTags(prefix + "task-definition/tagged:1") == tags([("team", "a")]))

        let created = try fixture.call("CreateService", #"""
            {"cluster":"prod","serviceName":"tagged","taskDefinition":"tagged","desiredCount":1,\#(tag)}
            """#)
        #expect(created.status == 200)
        #expect(try listedTags(prefix + "service/prod/tagged") == tags([("team", "a")]))

        let ran = try fixture.call("RunTask", #"{"cluster":"prod","taskDefinition":"tagged","count":2,\#(tag)}"#).json
        let started = fixture.strings(.array([ran["tasks"]?[0]?["taskArn"], ran["tasks"]?[1]?["taskArn"]].compactMap { $0 }))
        #expect(started.count == 2)
        for arn in started { #expect(try listedTags(arn) == tags([("team", "a")])) }

        // A bad tag refuses the create itself.
        let before = fixture.controlPlane.snapshot().cluster(named: "prod")?.standaloneTasks.count
        #expect(try fixture.errorType("RunTask", #"{"cluster":"prod","taskDefinition":"tagged","tags":[{"key":"aws:x","value":""}]}"#)
            == "InvalidParameterException")
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")?.standaloneTasks.count == before)
        #expect(try fixture.errorType("CreateService", #"""
            {"cluster":"prod","serviceName":"other","taskDefinition":"tagged","tags":[{"key":"","value":""}]}
            """#) == "InvalidParameterException")
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")?.service(named: "other") == nil)
    }
}
