@testable import ECSAPI
import ECSModel
import Simulator
import Testing

/// Output members scripts read that ECS fills in itself: a definition's compatibilities and registration,
/// an agent's versions, a capacity provider service's strategy in place of a launch type, and no `tags`
/// unless asked for.
@Suite struct OutputMemberTests {
    let fixture = RouterFixture()

    private let fargateDefinition = #"""
        {"family":"edge","networkMode":"awsvpc","requiresCompatibilities":["FARGATE"],"cpu":"256","memory":"512",
         "containerDefinitions":[{"name":"app","image":"nginx","portMappings":[{"containerPort":8080}]}]}
        """#

    @Test func aDefinitionShowsWhatECSWorkedOutAtRegistration() throws {
        let registered = try fixture.call("RegisterTaskDefinition", fargateDefinition).json["taskDefinition"]
        #expect(registered?["compatibilities"] == .array([.string("EC2"), .string("FARGATE")]))
        #expect(registered?["registeredBy"] == .string("arn:aws:iam::123456789012:root"))
        // Epoch seconds on the wire: the router ran 90 simulated seconds before registering.
        #expect(registered?["registeredAt"] == .integer(Int(Simulator.epoch.timeIntervalSince1970) + 90))
        let mapping = registered?["containerDefinitions"]?[0]?["portMappings"]?[0]
        #expect(mapping?["hostPort"] == .integer(8080), "awsvpc: hostPort is the containerPort")

        let bridge = try fixture.call("RegisterTaskDefinition", #"""
            {"family":"plain","containerDefinitions":[{"name":"app","image":"nginx","memory":64,"portMappings":[{"containerPort":80}]}]}
            """#).json["taskDefinition"]
        #expect(bridge?["compatibilities"] == .array([.string("EC2")]))
        #expect(bridge?["containerDefinitions"]?[0]?["portMappings"]?[0]?["hostPort"] == nil, "bridge: dynamic, left out")

        // A scenario's definitions were registered when the simulation began.
        let scenario = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"worker"}"#).json
        #expect(scenario["taskDefinition"]?["registeredAt"] == .integer(Int(Simulator.epoch.timeIntervalSince1970)))
        #expect(scenario["taskDefinition"]?["compatibilities"] != nil)
    }

    @Test func describeCallsLeaveTagsOutUnlessAsked() throws {
        let clusters = try fixture.call("DescribeClusters", #"{"clusters":["prod"]}"#).json
        #expect(clusters["clusters"]?[0]?["clusterName"] == .string("prod"))
        #expect(clusters["clusters"]?[0]?["tags"] == nil)
        let included = try fixture.call("DescribeClusters", #"{"clusters":["prod"],"include":["TAGS"]}"#).json
        #expect(included["clusters"]?[0]?["tags"] == .array([]))
        let definition = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"worker"}"#).json
        #expect(definition["tags"] == nil)
        #expect(try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"worker","include":["TAGS"]}"#).json["tags"] == .array([]))
    }

    @Test func containerInstancesReportTheirAgentsVersions() throws {
        let arns = try fixture.call("ListContainerInstances", #"{"cluster":"prod"}"#).json["containerInstanceArns"]
        guard case .string(let arn)? = arns?[0] else { Issue.record("no instance"); return }
        let described = try fixture.call("DescribeContainerInstances", #"{"cluster":"prod","containerInstances":["\#(arn)"]}"#).json
        let version = described["containerInstances"]?[0]?["versionInfo"]
        for key in ["agentVersion", "agentHash", "dockerVersion"] {
            guard case .string(let text)? = version?[key], !text.isEmpty else { Issue.record("no \(key): \(String(describing: version))"); continue }
        }
        #expect(described["containerInstances"]?[0]?["agentUpdateStatus"] == nil)
    }

    @Test func aServiceOnACapacityProviderStrategyShowsItInsteadOfALaunchType() throws {
        _ = try fixture.call("CreateCluster", #"{"clusterName":"lab","capacityProviders":["FARGATE","FARGATE_SPOT"]}"#)
        _ = try fixture.call("RegisterTaskDefinition", fargateDefinition)
        let created = try fixture.call("CreateService", #"""
            {"cluster":"lab","serviceName":"edge","taskDefinition":"edge","desiredCount":1,
             "capacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1}],
             "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"]}}}
            """#)
        #expect(created.status == 200, "\(created.json)")
        let strategy = JSONValue.array([.object([
            .init("capacityProvider", .string("FARGATE_SPOT")), .init("weight", .integer(1)), .init("base", .integer(0)),
        ])])
        let service = created.json["service"]
        #expect(service?["launchType"] == nil)
        #expect(service?["capacityProviderStrategy"] == strategy)
        #expect(service?["deployments"]?[0]?["launchType"] == nil)
        #expect(service?["deployments"]?[0]?["capacityProviderStrategy"] == strategy)
        // On a launch type: the launch type, no strategy.
        let plain = try fixture.call("DescribeServices", #"{"cluster":"prod","services":["web"]}"#).json["services"]?[0]
        #expect(plain?["deployments"]?[0]?["launchType"] != nil)
        #expect(plain?["deployments"]?[0]?["capacityProviderStrategy"] == nil)
    }
}
