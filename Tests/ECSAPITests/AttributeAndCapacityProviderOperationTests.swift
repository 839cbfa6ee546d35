@testable import ECSAPI
import ECSModel
import Testing

@Suite
struct AttributeAndCapacityProviderOperationTests {
    let fixture = RouterFixture()

    private var prodInstances: [ContainerInstance] {
        Array(fixture.controlPlane.snapshot().cluster(named: "prod")!.instances.filter { $0.status != .inactive })
    }

    private func listed(_ body: String) throws -> [JSONValue] {
        let (status, json) = try fixture.call("ListAttributes", body)
        #expect(status == 200, "\(json)")
        guard case .array(let items)? = json["attributes"] else { return [] }
        return items
    }

    @Test func putOverwritesListFindsDescribeShowsAndDeleteRemoves() throws {
        let instances = prodInstances
        let (status, json) = try fixture.call("PutAttributes", """
            {"cluster":"prod","attributes":[
              {"name":"stack","value":"blue","targetType":"container-instance","targetId":"\(instances[0].id)"},
              {"name":"stack","value":"green","targetId":"\(instances[1].arn)"},
              {"name":"gpu","targetType":"container-instance","targetId":"\(instances[1].id)"}]}
            """)
        #expect(status == 200, "\(json)")
        #expect(json["attributes"]?[0] == .object([
            .init("name", .string("stack")), .init("value", .string("blue")),
            .init("targetType", .string("container-instance")), .init("targetId", .string(instances[0].id)),
        ]))
        #expect(json["attributes"]?[2]?["value"] == nil, "a name-only attribute has no value")
        _ = try fixture.call("PutAttributes", """
            {"cluster":"prod","attributes":[{"name":"stack","value":"blue","targetId":"\(instances[1].arn)"}]}
            """)

        let stacks = try listed(#"{"cluster":"prod","targetType":"container-instance","attributeName":"stack"}"#)
        #expect(stacks.map { $0["targetId"] } == [.string(instances[0].arn), .string(instances[1].arn)])
        #expect(stacks.allSatisfy { $0["value"] == .string("blue") && $0["targetType"] == .string("container-instance") })
        #expect(try listed(#"{"cluster":"prod","targetType":"container-instance","attributeName":"stack","attributeValue":"green"}"#).isEmpty)
        let types = try listed(#"{"cluster":"prod","targetType":"container-instance","attributeName":"ecs.instance-type"}"#)
        #expect(types.count == instances.count, "ECS's own attributes are listed too")

        let described = try fixture.call("DescribeContainerInstances", #"{"cluster":"prod","containerInstances":["\#(instances[1].id)"]}"#).json
        guard case .array(let attributes)? = described["containerInstances"]?[0]?["attributes"] else { Issue.record("\(described)"); return }
        #expect(attributes.contains(.object([.init("name", .string("stack")), .init("value", .string("blue"))])))
        let blue = fixture.strings(try fixture.call("ListContainerInstances", #"{"cluster":"prod","filter":"attribute:stack == blue"}"#).json["containerInstanceArns"])
        #expect(blue == [instances[0].arn, instances[1].arn])

        let deleted = try fixture.call("DeleteAttributes", """
            {"cluster":"prod","attributes":[{"name":"stack","targetType":"container-instance","targetId":"\(instances[0].id)"},
              {"name":"never-set","targetId":"\(instances[0].arn)"}]}
            """)
        #expect(deleted.status == 200, "\(deleted.json)")
        #expect(fixture.count(deleted.json["attributes"]) == 2)
        let left = try listed(#"{"cluster":"prod","targetType":"container-instance","attributeName":"stack"}"#)
        #expect(left.map { $0["targetId"] } == [.string(instances[1].arn)])
    }

    @Test func refusalsHaveECSExceptionNames() throws {
        let id = prodInstances[0].id
        func put(_ attributes: String, cluster: String = "prod") throws -> String? {
            try fixture.errorType("PutAttributes", #"{"cluster":"\#(cluster)","attributes":[\#(attributes)]}"#)
        }
        #expect(try put(#"{"name":"stack","value":"blue","targetType":"container-instance","targetId":"nope"}"#) == "TargetNotFoundException")
        #expect(try put(#"{"name":"stack","value":"blue","targetId":"\#(id)"}"#) == "InvalidParameterException", "short id without targetType")
        #expect(try put(#"{"name":"stack","value":"blue","targetType":"task","targetId":"\#(id)"}"#) == "InvalidParameterException")
        #expect(try put(#"{"name":"ecs.os-type","value":"windows","targetType":"container-instance","targetId":"\#(id)"}"#) == "InvalidParameterException")
        #expect(try put(#"{"name":"stack","value":"","targetType":"container-instance","targetId":"\#(id)"}"#) == "InvalidParameterException")
        #expect(try put(#"{"value":"blue","targetType":"container-instance","targetId":"\#(id)"}"#) == "InvalidParameterException")
        #expect(try put("") == "InvalidParameterException")
        #expect(try put(#"{"name":"stack","targetType":"container-instance","targetId":"\#(id)"}"#, cluster: "ghost") == "ClusterNotFoundException")
        let eleven = (0..<11).map { #"{"name":"a\#($0)","targetType":"container-instance","targetId":"\#(id)"}"# }.joined(separator: ",")
        #expect(try put(eleven) == "InvalidParameterException")
        #expect(try fixture.errorType("PutAttributes", #"{"cluster":"prod"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("DeleteAttributes", #"{"cluster":"prod","attributes":[{"name":"x","targetId":"arn:aws:ecs:us-east-1:123456789012:container-instance/prod/none"}]}"#)
            == "TargetNotFoundException")
        #expect(try fixture.errorType("ListAttributes", #"{"cluster":"prod"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("ListAttributes", #"{"cluster":"prod","targetType":"task"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("ListAttributes", #"{"cluster":"prod","targetType":"container-instance","attributeValue":"blue"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("ListAttributes", #"{"cluster":"ghost","targetType":"container-instance"}"#) == "ClusterNotFoundException")
        #expect(try listed(#"{"cluster":"prod","targetType":"container-instance","attributeName":"stack"}"#).isEmpty, "nothing applied")
        let readOnly = RouterFixture(readOnly: true)
        #expect(try readOnly.errorType("ListAttributes", #"{"cluster":"prod","targetType":"container-instance"}"#) == nil)
        #expect(try readOnly.errorType("PutAttributes") == "AccessDeniedException")
    }

    @Test func listAttributesPages() throws {
        let all = try listed(#"{"cluster":"prod","targetType":"container-instance"}"#)
        #expect(all.count > 5)
        var collected: [JSONValue] = []
        var token: String?
        repeat {
            let tokenMember = token.map { ",\"nextToken\":\"\($0)\"" } ?? ""
            let json = try fixture.call("ListAttributes", "{\"cluster\":\"prod\",\"targetType\":\"container-instance\",\"maxResults\":4\(tokenMember)}").json
            guard case .array(let page)? = json["attributes"] else { Issue.record("\(json)"); return }
            #expect(page.count <= 4)
            collected += page
            if case .string(let next)? = json["nextToken"] { token = next } else { token = nil }
        } while token != nil
        #expect(collected == all)
        #expect(try fixture.errorType("ListAttributes", #"{"cluster":"prod","targetType":"container-instance","maxResults":101}"#) == "InvalidParameterException")
    }

    @Test func describeCapacityProvidersAnswersFargateAndTheScenariosGroups() throws {
        let (status, json) = try fixture.call("DescribeCapacityProviders")
        #expect(status == 200, "\(json)")
        guard case .array(let providers)? = json["capacityProviders"] else { Issue.record("\(json)"); return }
        #expect(providers.map { $0["name"] } == [.string("FARGATE"), .string("FARGATE_SPOT"), .string("prod-cp")])
        #expect(providers[0] == .object([
            .init("capacityProviderArn", .string("arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE")),
            .init("name", .string("FARGATE")), .init("status", .string("ACTIVE")),
        ]))
        let prod = providers[2]
        #expect(prod["capacityProviderArn"] == .string("arn:aws:ecs:us-east-1:123456789012:capacity-provider/prod-cp"))
        #expect(prod["status"] == .string("ACTIVE"))
        let group = fixture.controlPlane.snapshot().cluster(named: "prod")!.autoScalingGroups.first { $0.name == "prod-asg" }!
        #expect(prod["autoScalingGroupProvider"]?["autoScalingGroupArn"] == .string(group.arn))
        #expect(prod["autoScalingGroupProvider"]?["managedScaling"]?["status"] == .string("ENABLED"))
        #expect(prod["autoScalingGroupProvider"]?["managedScaling"]?["targetCapacity"] == .integer(100))
        #expect(prod["autoScalingGroupProvider"]?["managedTerminationProtection"] == .string("ENABLED"))
        #expect(fixture.count(json["failures"]) == 0)
        #expect(json["nextToken"] == nil)

        let named = try fixture.call("DescribeCapacityProviders", """
            {"capacityProviders":["arn:aws:ecs:us-east-1:123456789012:capacity-provider/prod-cp","ghost","FARGATE_SPOT"],"include":["TAGS"]}
            """).json
        #expect(named["capacityProviders"]?[0]?["name"] == .string("prod-cp"))
        #expect(named["capacityProviders"]?[1]?["name"] == .string("FARGATE_SPOT"))
        #expect(fixture.count(named["capacityProviders"]) == 2)
        #expect(named["failures"] == .array([.object([
            .init("arn", .string("arn:aws:ecs:us-east-1:123456789012:capacity-provider/ghost")), .init("reason", .string("MISSING")),
        ])]))
        let foreign = try fixture.call("DescribeCapacityProviders", """
            {"capacityProviders":["FARGATE","arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE",
             "arn:aws:ecs:us-west-2:123456789012:capacity-provider/FARGATE","arn:aws:ecs:us-east-1:123456789012:cluster/FARGATE"]}
            """).json
        #expect(fixture.count(foreign["capacityProviders"]) == 1, "named twice, described once")
        #expect(fixture.count(foreign["failures"]) == 2, "another region's or resource type's ARN names nothing here")

        let first = try fixture.call("DescribeCapacityProviders", #"{"maxResults":2}"#).json
        #expect(fixture.count(first["capacityProviders"]) == 2)
        guard case .string(let token)? = first["nextToken"] else { Issue.record("\(first)"); return }
        let second = try fixture.call("DescribeCapacityProviders", #"{"maxResults":2,"nextToken":"\#(token)"}"#).json
        #expect(second["capacityProviders"]?[0]?["name"] == .string("prod-cp"))
        #expect(second["nextToken"] == nil)
        #expect(try fixture.errorType("DescribeCapacityProviders", #"{"maxResults":11}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("DescribeCapacityProviders", #"{"cluster":"ghost"}"#) == "ClusterNotFoundException")
        let ofProd = try fixture.call("DescribeCapacityProviders", #"{"cluster":"prod"}"#).json
        #expect(ofProd["capacityProviders"]?[0]?["name"] == .string("prod-cp"))
    }
}
