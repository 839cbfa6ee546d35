import Foundation
import Testing

/// Custom attributes and capacity providers of `ecstop serve`'s prod cluster through the real AWS CLI.
@Suite
struct AttributesCLITests {
    @Test func labelAnInstanceFilterByTheLabelRemoveItAndDescribeCapacityProviders() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let arns = try server.awsJSON(["list-container-instances", "--cluster", "prod"])["containerInstanceArns"] as? [String] ?? []
        let arn = try #require(arns.first)
        let put = try server.awsJSON([
            "put-attributes", "--cluster", "prod", "--attributes",
            #"[{"name":"stack","value":"blue","targetType":"container-instance","targetId":"\#(arn)"}]"#,
        ])
        #expect((put["attributes"] as? [[String: Any]])?.first?["value"] as? String == "blue")

        let listed = try server.awsJSON([
            "list-attributes", "--cluster", "prod", "--target-type", "container-instance", "--attribute-name", "stack",
        ])["attributes"] as? [[String: Any]]
        #expect(listed?.map { $0["targetId"] as? String } == [arn])
        let blue = try server.awsJSON([
            "list-container-instances", "--cluster", "prod", "--filter", "attribute:stack == blue",
        ])["containerInstanceArns"] as? [String]
        #expect(blue == [arn])

        let deleted = try server.awsJSON([
            "delete-attributes", "--cluster", "prod", "--attributes", #"[{"name":"stack","targetId":"\#(arn)"}]"#,
        ])
        #expect((deleted["attributes"] as? [[String: Any]])?.first?["name"] as? String == "stack")
        let none = try server.awsJSON([
            "list-attributes", "--cluster", "prod", "--target-type", "container-instance", "--attribute-name", "stack",
        ])["attributes"] as? [[String: Any]]
        #expect(none?.isEmpty == true)
        let missing = try server.aws([
            "put-attributes", "--cluster", "prod", "--attributes",
            #"[{"name":"stack","value":"blue","targetType":"container-instance","targetId":"0000-none"}]"#,
        ])
        #expect(missing.standardError.contains("(TargetNotFoundException)"), "stderr: \(missing.standardError)")

        let described = try server.awsJSON(["describe-capacity-providers", "--capacity-providers", "FARGATE", "prod-cp", "ghost"])
        let providers = described["capacityProviders"] as? [[String: Any]]
        #expect(providers?.map { $0["name"] as? String } == ["FARGATE", "prod-cp"])
        let group = providers?.last?["autoScalingGroupProvider"] as? [String: Any]
        #expect((group?["autoScalingGroupArn"] as? String)?.hasSuffix(":autoScalingGroupName/prod-asg") == true)
        #expect((described["failures"] as? [[String: Any]])?.first?["reason"] as? String == "MISSING")
    }
}
