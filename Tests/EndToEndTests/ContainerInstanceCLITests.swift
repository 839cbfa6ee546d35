import Foundation
import Testing

/// Container instances joining and leaving `ecstop serve`'s prod cluster through the real AWS CLI.
@Suite
struct ContainerInstanceCLITests {
    @Test func registerFilterUpdateAndDeregisterAnInstanceWithTheCLI() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let document = #"{"instanceId":"i-0abc0000000000001","instanceType":"r5.large","availabilityZone":"us-east-1a","region":"us-east-1"}"#
        let registered = try server.awsJSON([
            "register-container-instance", "--cluster", "prod", "--instance-identity-document", document,
        ])["containerInstance"] as? [String: Any]
        #expect(registered?["ec2InstanceId"] as? String == "i-0abc0000000000001")
        #expect(registered?["status"] as? String == "ACTIVE")
        let arn = try #require(registered?["containerInstanceArn"] as? String)

        let filtered = try server.awsJSON([
            "list-container-instances", "--cluster", "prod", "--filter", "attribute:ecs.instance-type == r5.large",
        ])["containerInstanceArns"] as? [String]
        #expect(filtered == [arn])

        let updated = try server.awsJSON([
            "update-container-instances-state", "--cluster", "prod", "--container-instances", arn, "0123", "--status", "DRAINING",
        ])
        #expect((updated["containerInstances"] as? [[String: Any]])?.first?["status"] as? String == "DRAINING")
        let failure = (updated["failures"] as? [[String: Any]])?.first
        #expect(failure?["reason"] as? String == "MISSING")
        #expect(failure?["arn"] as? String == "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/0123")

        let all = try server.awsJSON(["list-container-instances", "--cluster", "prod"])["containerInstanceArns"] as? [String] ?? []
        let described = try server.awsJSON(["describe-container-instances", "--cluster", "prod", "--container-instances"] + all)
        let busy = try #require((described["containerInstances"] as? [[String: Any]])?.first {
            ($0["runningTasksCount"] as? Int ?? 0) > 0
        }?["containerInstanceArn"] as? String)
        let refused = try server.aws(["deregister-container-instance", "--cluster", "prod", "--container-instance", busy])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("(InvalidParameterException)"), "stderr: \(refused.standardError)")
        #expect(refused.standardError.contains("Found running tasks on the instance."), "stderr: \(refused.standardError)")

        let forced = try server.awsJSON(["deregister-container-instance", "--cluster", "prod", "--container-instance", busy, "--force"])
        #expect((forced["containerInstance"] as? [String: Any])?["status"] as? String == "INACTIVE")
        let after = try server.awsJSON(["list-container-instances", "--cluster", "prod"])["containerInstanceArns"] as? [String] ?? []
        #expect(!after.contains(busy) && after.count == all.count - 1)
    }
}
