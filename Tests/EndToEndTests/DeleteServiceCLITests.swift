import Foundation
import Testing

/// Retiring a revision and deleting a service with the real AWS CLI against `ecstop serve`.
@Suite(.serialized)
struct DeleteServiceCLITests {
    @Test func deregisterARevisionThenDeleteAServiceUntilItIsInactive() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let containers = #"[{"name":"app","image":"nginx:1.27","cpu":128,"memory":256}]"#
        for _ in 1...2 {
            _ = try server.awsJSON(["register-task-definition", "--family", "retire", "--container-definitions", containers])
        }
        let deregistered = try server.awsJSON(["deregister-task-definition", "--task-definition", "retire:1"])
        let definition = deregistered["taskDefinition"] as? [String: Any]
        #expect(definition?["status"] as? String == "INACTIVE")
        #expect(definition?["deregisteredAt"] != nil)
        let inactive = try server.awsJSON(["list-task-definitions", "--status", "INACTIVE"])["taskDefinitionArns"] as? [String]
        #expect(inactive == ["arn:aws:ecs:us-east-1:123456789012:task-definition/retire:1"])

        let created = try server.awsJSON([
            "create-service", "--cluster", "prod", "--service-name", "retire", "--task-definition", "retire",
            "--desired-count", "2", "--launch-type", "EC2",
        ])
        #expect((created["service"] as? [String: Any])?["taskDefinition"] as? String
            == "arn:aws:ecs:us-east-1:123456789012:task-definition/retire:2", "the family's latest ACTIVE revision")

        let refused = try server.aws(["delete-service", "--cluster", "prod", "--service", "retire"])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("(InvalidParameterException)"), "stderr: \(refused.standardError)")
        #expect(refused.standardError.contains("The service cannot be stopped while it is scaled above 0."))

        let deleted = try server.awsJSON(["delete-service", "--cluster", "prod", "--service", "retire", "--force"])
        #expect((deleted["service"] as? [String: Any])?["status"] as? String == "DRAINING")

        // Served at 20× speed: the tasks stop within a few simulated tens of seconds.
        var status = "DRAINING"
        let deadline = Date().addingTimeInterval(20)
        while status != "INACTIVE", Date() < deadline {
            let described = try server.awsJSON(["describe-services", "--cluster", "prod", "--services", "retire"])
            status = (described["services"] as? [[String: Any]])?.first?["status"] as? String ?? "?"
            if status != "INACTIVE" { Thread.sleep(forTimeInterval: 0.5) }
        }
        #expect(status == "INACTIVE")
        let listed = try server.awsJSON(["list-services", "--cluster", "prod"])["serviceArns"] as? [String] ?? []
        #expect(!listed.contains("arn:aws:ecs:us-east-1:123456789012:service/prod/retire"))
    }
}
