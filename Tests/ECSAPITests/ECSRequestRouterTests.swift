@testable import ECSAPI
import ECSModel
import Testing

@Suite
struct ECSRequestRouterTests {
    let fixture = RouterFixture()

    // MARK: Errors every operation shares

    @Test func unknownAndMissingTargetsAreUnknownOperation() throws {
        #expect(try fixture.errorType("DescribeEverything") == "UnknownOperationException")
        let response = fixture.router.respond(target: nil, body: Array("{}".utf8))
        #expect(response.status == 400 && response.body.contains("UnknownOperationException"))
        let foreign = fixture.router.respond(target: "DynamoDB_20120810.ListTables", body: Array("{}".utf8))
        #expect(foreign.body.contains("UnknownOperationException"))
    }

    @Test(arguments: ["{\"cluster\":", "not json", "[1,2]", "{\"a\":1} trailing", "\"text\""])
    func malformedBodiesAreSerializationErrors(body: String) throws {
        #expect(try fixture.errorType("ListClusters", body) == "SerializationException")
    }

    @Test func anEmptyBodyIsAnEmptyInput() throws {
        #expect(try fixture.errorType("ListClusters", "") == nil)
    }

    @Test(arguments: [
        ("ListTasks", "{\"cluster\":5}"),
        ("ListTasks", "{\"cluster\":\"prod\",\"maxResults\":\"2\"}"),
        ("DescribeServices", "{\"cluster\":\"prod\",\"services\":\"web\"}"),
        ("DescribeServices", "{\"cluster\":\"prod\",\"services\":[1]}"),
        ("UpdateService", "{\"cluster\":\"prod\",\"service\":\"web\",\"forceNewDeployment\":1}"),
        ("UpdateService", "{\"cluster\":\"prod\",\"service\":\"web\",\"desiredCount\":2.5}"),
        ("RegisterTaskDefinition", "{\"family\":\"x\",\"containerDefinitions\":{}}"),
    ])
    func wrongMemberTypesAreSerializationErrors(operation: String, body: String) throws {
        #expect(try fixture.errorType(operation, body) == "SerializationException")
    }

    @Test(arguments: [
        ("DescribeServices", "{\"cluster\":\"prod\"}"),
        ("DescribeTasks", "{\"cluster\":\"prod\",\"tasks\":[]}"),
        ("DescribeContainerInstances", "{\"cluster\":\"prod\"}"),
        ("UpdateService", "{\"cluster\":\"prod\"}"),
        ("StopTask", "{\"cluster\":\"prod\"}"),
        ("UpdateContainerInstancesState", "{\"cluster\":\"prod\",\"containerInstances\":[\"x\"]}"),
        ("RunTask", "{\"cluster\":\"prod\"}"),
        ("CreateService", "{\"cluster\":\"prod\",\"taskDefinition\":\"web\"}"),
        ("RegisterTaskDefinition", "{\"family\":\"x\"}"),
        ("DescribeTaskDefinition", "{}"),
        ("ListTagsForResource", "{}"),
    ])
    func missingRequiredMembersAreInvalidParameters(operation: String, body: String) throws {
        #expect(try fixture.errorType(operation, body) == "InvalidParameterException")
    }

    @Test func unknownClustersAreClusterNotFound() throws {
        for operation in ["ListServices", "ListTasks", "ListContainerInstances"] {
            #expect(try fixture.errorType(operation, "{\"cluster\":\"nope\"}") == "ClusterNotFoundException")
        }
        #expect(try fixture.errorType("UpdateService", "{\"cluster\":\"nope\",\"service\":\"web\",\"desiredCount\":1}")
            == "ClusterNotFoundException")
    }

    @Test func readOnlyRefusesEveryMutatingOperationButReads() throws {
        let readOnly = RouterFixture(readOnly: true)
        for operation in ECSRequestRouter.operations.operations.filter(\.changesState).map(\.name) {
            #expect(try readOnly.errorType(operation) == "AccessDeniedException", "\(operation)")
        }
        #expect(try readOnly.errorType("ListClusters") == nil)
        #expect(try readOnly.errorType("DescribeServices", "{\"cluster\":\"prod\",\"services\":[\"web\"]}") == nil)
    }

    // MARK: Clusters

    @Test func listAndDescribeClusters() throws {
        let (status, json) = try fixture.call("ListClusters")
        #expect(status == 200)
        let arns = fixture.strings(json["clusterArns"])
        #expect(arns.contains("arn:aws:ecs:us-east-1:123456789012:cluster/prod"))
        let described = try fixture.call("DescribeClusters", "{\"clusters\":[\"prod\",\"\(arns[0])\",\"nope\"]}").json
        #expect(fixture.count(described["clusters"]) == 2)
        #expect(described["failures"] == .array([.object([
            .init("arn", .string("arn:aws:ecs:us-east-1:123456789012:cluster/nope")), .init("reason", .string("MISSING")),
        ])]))
        #expect(described["clusters"]?[0]?["clusterName"] == .string("prod"))
    }

    @Test func listTagsForResourceIsEmpty() throws {
        let json = try fixture.call("ListTagsForResource", "{\"resourceArn\":\"arn:aws:ecs:us-east-1:123456789012:cluster/prod\"}").json
        #expect(json["tags"] == .array([]))
    }

    // MARK: Services

    @Test func listAndDescribeServicesWithMissingFailures() throws {
        let arns = fixture.strings(try fixture.call("ListServices", "{\"cluster\":\"prod\"}").json["serviceArns"])
        #expect(arns.contains("arn:aws:ecs:us-east-1:123456789012:service/prod/web"))
        let json = try fixture.call("DescribeServices", "{\"cluster\":\"prod\",\"services\":[\"web\",\"ghost\"]}").json
        #expect(json["services"]?[0]?["serviceName"] == .string("web"))
        #expect(json["failures"]?[0]?["arn"] == .string("arn:aws:ecs:us-east-1:123456789012:service/prod/ghost"))
        #expect(json["failures"]?[0]?["reason"] == .string("MISSING"))
    }

    @Test func listServicesPagesByTenUnlessToldOtherwise() throws {
        for n in 0..<10 {
            _ = try fixture.call("CreateService", #"{"cluster":"prod","serviceName":"extra-\#(n)","taskDefinition":"worker"}"#)
        }
        let total = fixture.controlPlane.snapshot().cluster(named: "prod")!.services.count
        #expect(total > 10)
        let first = try fixture.call("ListServices", #"{"cluster":"prod"}"#).json
        #expect(fixture.count(first["serviceArns"]) == 10 && first["nextToken"] != nil)
        let all = try fixture.call("ListServices", #"{"cluster":"prod","maxResults":100}"#).json
        #expect(fixture.count(all["serviceArns"]) == total && all["nextToken"] == nil)
    }

    @Test func describeServicesTakesAtMostTen() throws {
        let eleven = (0..<11).map { "\"s\($0)\"" }.joined(separator: ",")
        #expect(try fixture.errorType("DescribeServices", "{\"cluster\":\"prod\",\"services\":[\(eleven)]}")
            == "InvalidParameterException")
        let ten = (0..<10).map { "\"s\($0)\"" }.joined(separator: ",")
        #expect(try fixture.errorType("DescribeServices", "{\"cluster\":\"prod\",\"services\":[\(ten)]}") == nil)
    }

    @Test func updateServiceChangesTheDesiredCount() throws {
        let json = try fixture.call("UpdateService", "{\"cluster\":\"prod\",\"service\":\"web\",\"desiredCount\":7}").json
        #expect(json["service"]?["desiredCount"] == .integer(7))
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")?.service(named: "web")?.service.desiredCount == 7)
        #expect(try fixture.errorType("UpdateService", "{\"cluster\":\"prod\",\"service\":\"ghost\",\"desiredCount\":1}")
            == "ServiceNotFoundException")
        let forced = try fixture.call("UpdateService", "{\"cluster\":\"prod\",\"service\":\"web\",\"forceNewDeployment\":true}")
        #expect(forced.status == 200)
        #expect(fixture.count(forced.json["service"]?["deployments"]) == 2, "a forced deployment starts a new one")
    }

    @Test func registerCreateAndScaleAService() throws {
        let registered = try fixture.call("RegisterTaskDefinition", """
            {"family":"checkout","cpu":"256","memory":"512","containerDefinitions":[{"name":"app","image":"nginx:1.27",
             "cpu":128,"memory":256,"essential":true,"portMappings":[{"containerPort":80,"protocol":"tcp"}],
             "environment":[{"name":"MODE","value":"fast"}]}]}
            """)
        #expect(registered.status == 200, "\(registered.json)")
        let definition = registered.json["taskDefinition"]
        #expect(definition?["family"] == .string("checkout") && definition?["revision"] == .integer(1))
        #expect(definition?["cpu"] == .string("256"))
        #expect(definition?["containerDefinitions"]?[0]?["environment"]?[0]?["value"] == .string("fast"))

        let described = try fixture.call("DescribeTaskDefinition", "{\"taskDefinition\":\"checkout:1\"}").json
        #expect(described["taskDefinition"]?["taskDefinitionArn"]
            == .string("arn:aws:ecs:us-east-1:123456789012:task-definition/checkout:1"))
        #expect(try fixture.errorType("DescribeTaskDefinition", "{\"taskDefinition\":\"ghost\"}") == "ClientException")

        let created = try fixture.call("CreateService", """
            {"cluster":"prod","serviceName":"checkout","taskDefinition":"checkout","desiredCount":2,"launchType":"EC2"}
            """)
        #expect(created.status == 200, "\(created.json)")
        #expect(created.json["service"]?["serviceName"] == .string("checkout"))
        #expect(try fixture.errorType("CreateService", """
            {"cluster":"prod","serviceName":"checkout","taskDefinition":"checkout","desiredCount":2,"launchType":"EC2"}
            """) == "InvalidParameterException", "not idempotent")
        fixture.controlPlane.advance(wallElapsed: .seconds(120))
        let running = try fixture.call("DescribeServices", "{\"cluster\":\"prod\",\"services\":[\"checkout\"]}").json
        #expect(running["services"]?[0]?["runningCount"] == .integer(2))
        let tasks = fixture.strings(try fixture.call("ListTasks", "{\"cluster\":\"prod\",\"family\":\"checkout\"}").json["taskArns"])
        #expect(tasks.count == 2)
    }

    @Test func createServiceTakesPlacementCapacityAndLoadBalancers() throws {
        let snapshot = fixture.controlPlane.snapshot().cluster(named: "prod")!
        let webGroup = try #require(snapshot.targetGroups.first { $0.name == "web-tg" })
        let created = try fixture.call("CreateService", """
            {"cluster":"prod","serviceName":"edge","taskDefinition":"web","desiredCount":3,"launchType":"EC2",
             "placementStrategy":[{"type":"binpack","field":"memory"}],"placementConstraints":[{"type":"distinctInstance"}],
             "loadBalancers":[{"targetGroupArn":"\(webGroup.arn)","containerName":"nginx","containerPort":80}]}
            """)
        #expect(created.status == 200, "\(created.json)")
        #expect(created.json["service"]?["placementStrategy"]?[0]?["type"] == .string("binpack"))
        #expect(created.json["service"]?["loadBalancers"]?[0]?["targetGroupArn"] == .string(webGroup.arn))
        // A strategy may name FARGATE only in a cluster it is associated with.
        #expect(try fixture.errorType("CreateCluster", #"{"clusterName":"lab","capacityProviders":["FARGATE"]}"#) == nil)
        let fargate = try fixture.call("CreateService", """
            {"cluster":"lab","serviceName":"spa","taskDefinition":"frontend","desiredCount":2,
             "capacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}],
             "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"],"assignPublicIp":"DISABLED"}}}
            """)
        #expect(fargate.status == 200, "\(fargate.json)")
        fixture.controlPlane.advance(wallElapsed: .seconds(120))

        let after = fixture.controlPlane.snapshot().cluster(named: "prod")!
        let edge = after.service(named: "edge")!.tasks.filter { $0.desiredStatus == .running }
        #expect(edge.count == 3)
        #expect(Set(edge.compactMap(\.containerInstanceID)).count == 3, "distinctInstance: one task per instance")
        let registered = Set(after.targetGroups.first { $0.name == "web-tg" }!.targets.compactMap(\.taskID))
        #expect(edge.allSatisfy { registered.contains($0.id) }, "the new service's tasks are web-tg's targets")
        let spa = fixture.controlPlane.snapshot().cluster(named: "lab")!.service(named: "spa")!.tasks.filter { $0.desiredStatus == .running }
        #expect(spa.count == 2 && spa.allSatisfy { $0.launchType == .fargate })
    }

    @Test func aServiceKeepsAndEchoesItsNetworkConfiguration() throws {
        #expect(try fixture.call("CreateCluster", #"{"clusterName":"lab","capacityProviders":["FARGATE"]}"#).status == 200)
        let network = #"{"awsvpcConfiguration":{"subnets":["subnet-0a1","subnet-0b2"],"securityGroups":["sg-0c3"],"assignPublicIp":"ENABLED"}}"#
        let created = try fixture.call("CreateService", """
            {"cluster":"lab","serviceName":"spa","taskDefinition":"frontend","desiredCount":1,"launchType":"FARGATE",
             "networkConfiguration":\(network)}
            """)
        #expect(created.status == 200, "\(created.json)")
        let expected = try JSONParser.parse(Array(network.utf8))
        let described = try fixture.call("DescribeServices", #"{"cluster":"lab","services":["spa"]}"#).json["services"]?[0]
        for service in [created.json["service"], described] {
            #expect(service?["networkConfiguration"] == expected)
            #expect(service?["deployments"]?[0]?["networkConfiguration"] == expected)
        }
        for (body, why) in [
            (#"{"awsvpcConfiguration":{"subnets":["foo"]}}"#, "a malformed subnet id"),
            (#"{"awsvpcConfiguration":{"subnets":["subnet-1"],"securityGroups":["bar"]}}"#, "a malformed security group id"),
        ] {
            #expect(try fixture.errorType("CreateService", """
                {"cluster":"lab","serviceName":"bad","taskDefinition":"frontend","launchType":"FARGATE","networkConfiguration":\(body)}
                """) == "InvalidParameterException", "\(why)")
        }
        let ec2 = try fixture.call("CreateService", """
            {"cluster":"prod","serviceName":"bad","taskDefinition":"frontend","launchType":"EC2",
             "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"],"assignPublicIp":"ENABLED"}}}
            """).json
        #expect(ec2["message"] == .string("Assign public IP is not supported for this launch type."))
    }

    @Test func aTargetGroupServesItsOwnClustersServicesOnly() throws {
        let webGroup = try #require(fixture.controlPlane.snapshot().cluster(named: "prod")!.targetGroups.first { $0.name == "web-tg" })
        #expect(try fixture.call("CreateCluster", #"{"clusterName":"lab"}"#).status == 200)
        let (status, json) = try fixture.call("CreateService", """
            {"cluster":"lab","serviceName":"edge","taskDefinition":"web","desiredCount":1,"launchType":"EC2",
             "loadBalancers":[{"targetGroupArn":"\(webGroup.arn)","containerName":"nginx","containerPort":80}]}
            """)
        #expect(status == 400 && json["__type"] == .string("InvalidParameterException"))
        guard case .string(let message)? = json["message"] else { Issue.record("no message"); return }
        #expect(message.contains("belongs to cluster prod"), "\(message)")
    }

    @Test(arguments: [
        (#"{"serviceRegistries":[{"registryArn":"arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"}]}"#, "ClientException"),
        (#"{"networkConfiguration":{"awsvpcConfiguration":{"subnets":[]}}}"#, "InvalidParameterException"),
        (#"{"placementStrategy":[{"type":"closest"}]}"#, "InvalidParameterException"),
        (#"{"placementStrategy":[{"field":"memory"}]}"#, "InvalidParameterException"),
        (#"{"capacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1001}]}"#, "InvalidParameterException"),
        (#"{"loadBalancers":[{"loadBalancerName":"classic","containerName":"nginx","containerPort":80}]}"#, "ClientException"),
        (#"{"loadBalancers":[{"targetGroupArn":"arn:x","containerName":"nginx"}]}"#, "InvalidParameterException"),
        (#"{"placementConstraints":"distinctInstance"}"#, "SerializationException"),
        (#"{"deploymentController":{"type":"CODE_DEPLOY"}}"#, "ClientException"),
    ])
    func createServiceChecksTheSchedulingMembers(extra: String, type: String) throws {
        var body = #"{"cluster":"prod","serviceName":"x","taskDefinition":"web","desiredCount":1,"#
        body += extra.dropFirst()
        #expect(try fixture.errorType("CreateService", body) == type, "\(body)")
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "x") == nil, "nothing half-created")
    }

    @Test func theCircuitBreakerComesThroughAndRollsABrokenDeploymentBack() throws {
        let updated = try fixture.call("UpdateService", """
            {"cluster":"prod","service":"api","taskDefinition":"api:13",
             "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,"minimumHealthyPercent":100}}
            """)
        #expect(updated.status == 200, "\(updated.json)")
        #expect(updated.json["service"]?["deploymentConfiguration"]?["deploymentCircuitBreaker"]?["rollback"] == .bool(true))
        fixture.controlPlane.advance(wallElapsed: .seconds(1800))
        let service = fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "api")!.service
        #expect(service.taskDefinitionARN.hasSuffix("task-definition/api:12"), "api:13 is broken: the breaker rolled back")
        #expect(try fixture.errorType("UpdateService", """
            {"cluster":"prod","service":"api","deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true}}}
            """) == "InvalidParameterException")
        #expect(try fixture.errorType("UpdateService", """
            {"cluster":"prod","service":"api","deploymentConfiguration":{"alarms":{"enable":true,"rollback":true,"alarmNames":["x"]}}}
            """) == "ClientException")
    }

    @Test func updateServiceRefusesWhatItCannotChange() throws {
        #expect(try fixture.errorType("UpdateService", """
            {"cluster":"prod","service":"web","desiredCount":9,"placementStrategy":[{"type":"random"}]}
            """) == "ClientException")
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "web")!.service.desiredCount != 9)
    }

    @Test func runTaskTakesPlacementAndRefusesOverrides() throws {
        let json = try fixture.call("RunTask", """
            {"cluster":"prod","taskDefinition":"worker","count":2,"placementConstraints":[{"type":"memberOf","expression":"attribute:ecs.availability-zone == us-east-1a"}]}
            """).json
        let zones = (0..<2).map { json["tasks"]?[$0]?["availabilityZone"] }
        #expect(zones == [.string("us-east-1a"), .string("us-east-1a")], "\(json)")
        #expect(try fixture.errorType("RunTask", """
            {"cluster":"prod","taskDefinition":"worker","overrides":{"containerOverrides":[{"name":"worker","command":["x"]}]}}
            """) == "ClientException")
    }

    // MARK: Task definitions

    @Test(arguments: [("256", "512", 256, 512), ("1 vCPU", "2 GB", 1024, 2048), (".25 vcpu", "0.5GB", 256, 512)])
    func taskSizesInUnitsOrInVCPUAndGB(cpu: String, memory: String, units: Int, mebibytes: Int) throws {
        let (status, json) = try fixture.call("RegisterTaskDefinition", """
            {"family":"sized","networkMode":"awsvpc","requiresCompatibilities":["FARGATE"],"cpu":"\(cpu)","memory":"\(memory)",
             "containerDefinitions":[{"name":"app","image":"nginx"}]}
            """)
        #expect(status == 200, "\(json)")
        #expect(json["taskDefinition"]?["cpu"] == .string(String(units)))
        #expect(json["taskDefinition"]?["memory"] == .string(String(mebibytes)))
    }

    @Test func taskSizesThatAreNotSizesAreRefused() throws {
        for (cpu, memory) in [("1 GB", "512"), ("256", "2 vCPU"), ("lots", "512"), ("-1 vCPU", "512")] {
            let body = #"{"family":"sized","cpu":"\#(cpu)","memory":"\#(memory)","containerDefinitions":[{"name":"app","image":"nginx"}]}"#
            #expect(try fixture.errorType("RegisterTaskDefinition", body) == "ClientException", "\(cpu) \(memory)")
        }
    }

    @Test func listTaskDefinitionsAndFamilies() throws {
        let families = fixture.strings(try fixture.call("ListTaskDefinitionFamilies").json["families"])
        #expect(families.contains("web") && families == families.sorted())
        let prefixed = fixture.strings(try fixture.call("ListTaskDefinitionFamilies", "{\"familyPrefix\":\"we\"}").json["families"])
        #expect(prefixed == ["web"])
        let arns = fixture.strings(try fixture.call("ListTaskDefinitions", "{\"familyPrefix\":\"web\"}").json["taskDefinitionArns"])
        #expect(arns.map { $0.split(separator: "/").last! } == ["web:7", "web:8"], "every ACTIVE revision, oldest first")
        let descending = fixture.strings(try fixture.call("ListTaskDefinitions", "{\"sort\":\"DESC\"}").json["taskDefinitionArns"])
        let ascending = fixture.strings(try fixture.call("ListTaskDefinitions").json["taskDefinitionArns"])
        #expect(descending == ascending.reversed())
    }

    @Test func registerTaskDefinitionReportsTheSimulatorsValidation() throws {
        #expect(try fixture.errorType("RegisterTaskDefinition", """
            {"family":"bad","containerDefinitions":[{"name":"a","image":"x"}],"networkMode":"warp"}
            """) == "InvalidParameterException")
        #expect(try fixture.errorType("RegisterTaskDefinition", """
            {"family":"bad","cpu":"1 core","containerDefinitions":[{"name":"a","image":"x","memory":128}]}
            """) == "ClientException")
    }
}
