import Foundation
import Testing

/// Clusters and tags through `ecstop serve` with the real AWS CLI: its shorthand for tags, its empty
/// answers to tag-resource and untag-resource, and an exception name it prints.
@Suite(.serialized)
struct ClusterAndTagCLITests {
    @Test func createTagUntagAndDeleteAClusterWithTheCLI() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let created = try server.awsJSON(["create-cluster", "--cluster-name", "x", "--tags", "key=team,value=a"])
        let cluster = created["cluster"] as? [String: Any]
        let arn = try #require(cluster?["clusterArn"] as? String)
        #expect(arn == "arn:aws:ecs:us-east-1:123456789012:cluster/x")
        #expect(cluster?["status"] as? String == "ACTIVE")

        #expect(try server.aws(["tag-resource", "--resource-arn", arn, "--tags", "key=env,value=dev"]).status == 0)
        func tags() throws -> [String: String] {
            let listed = try server.awsJSON(["list-tags-for-resource", "--resource-arn", arn])["tags"] as? [[String: String]] ?? []
            return Dictionary(uniqueKeysWithValues: listed.map { ($0["key"] ?? "", $0["value"] ?? "") })
        }
        #expect(try tags() == ["team": "a", "env": "dev"])
        #expect(try server.aws(["untag-resource", "--resource-arn", arn, "--tag-keys", "team"]).status == 0)
        #expect(try tags() == ["env": "dev"])

        let deleted = try server.awsJSON(["delete-cluster", "--cluster", "x"])
        #expect((deleted["cluster"] as? [String: Any])?["status"] as? String == "INACTIVE")
        let described = try server.awsJSON(["describe-clusters", "--clusters", "x"])
        #expect((described["clusters"] as? [[String: Any]])?.first?["status"] as? String == "INACTIVE")
        let listed = try server.awsJSON(["list-clusters"])["clusterArns"] as? [String] ?? []
        #expect(!listed.contains(arn))

        let refused = try server.aws(["delete-cluster", "--cluster", "prod"])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("(ClusterContainsServicesException)"), "stderr: \(refused.standardError)")
    }
}
