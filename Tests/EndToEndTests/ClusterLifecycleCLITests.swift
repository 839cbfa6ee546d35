import Foundation
import Testing

/// A cluster's whole life through the real AWS CLI against `ecstop serve`, as the issue describes it:
/// create-cluster → instances join → register-task-definition → create-service → wait until running →
/// update-service → stop-task → drain → delete everything again. The CLI's own waiters must accept
/// the answers, since users script with them.
@Suite(.serialized)
struct ClusterLifecycleCLITests {
    @Test func aClusterFromCreationToDeletion() throws {
        let server = try ServedSimulation()
        defer { server.stop() }

        let cluster = try server.awsJSON(["create-cluster", "--cluster-name", "lab"])["cluster"] as? [String: Any]
        #expect(cluster?["status"] as? String == "ACTIVE")
        #expect(cluster?["registeredContainerInstancesCount"] as? Int == 0)

        // Two EC2 instances' agents register, in two zones.
        var instanceARNs: [String] = []
        for (id, zone) in [("i-0aaaaaaaaaaaaaaa1", "us-east-1a"), ("i-0aaaaaaaaaaaaaaa2", "us-east-1b")] {
            let document = #"{"instanceId":"\#(id)","instanceType":"m5.large","availabilityZone":"\#(zone)","region":"us-east-1"}"#
            let registered = try server.awsJSON([
                "register-container-instance", "--cluster", "lab", "--instance-identity-document", document,
            ])["containerInstance"] as? [String: Any]
            #expect(registered?["ec2InstanceId"] as? String == id)
            #expect(registered?["status"] as? String == "ACTIVE")
            instanceARNs.append(try #require(registered?["containerInstanceArn"] as? String))
        }

        try server.awsJSON([
            "register-task-definition", "--family", "lab-api", "--container-definitions",
            #"[{"name":"app","image":"nginx:1.27","cpu":256,"memory":512,"portMappings":[{"containerPort":80}]}]"#,
        ])
        try server.awsJSON([
            "create-service", "--cluster", "lab", "--service-name", "api", "--task-definition", "lab-api",
            "--desired-count", "2", "--launch-type", "EC2", "--placement-strategy", "type=spread,field=instanceId",
        ])
        try waitForService(server, running: 2)
        // The CLI's waiter reads deployments, running and desired counts: it must agree.
        #expect(try server.aws(["wait", "services-stable", "--cluster", "lab", "--services", "api"]).status == 0)

        try server.awsJSON(["update-service", "--cluster", "lab", "--service", "api", "--desired-count", "3"])
        try waitForService(server, running: 3)

        let tasks = try server.awsJSON(["list-tasks", "--cluster", "lab", "--service-name", "api"])["taskArns"] as? [String] ?? []
        #expect(tasks.count == 3)
        let stopped = try server.awsJSON(["stop-task", "--cluster", "lab", "--task", tasks[0], "--reason", "lifecycle"])
        #expect((stopped["task"] as? [String: Any])?["desiredStatus"] as? String == "STOPPED")
        #expect(try server.aws(["wait", "tasks-stopped", "--cluster", "lab", "--tasks", tasks[0]]).status == 0)
        try waitForService(server, running: 3)

        // Draining the first instance moves its tasks to the second.
        try server.awsJSON([
            "update-container-instances-state", "--cluster", "lab", "--container-instances", instanceARNs[0],
            "--status", "DRAINING",
        ])
        try poll("the drained instance empties") {
            let described = try server.awsJSON([
                "describe-container-instances", "--cluster", "lab", "--container-instances", instanceARNs[0],
            ])
            return ((described["containerInstances"] as? [[String: Any]])?.first?["runningTasksCount"] as? Int) == 0
        }
        try waitForService(server, running: 3)

        // Taking it all down again, in the order ECS insists on.
        let refused = try server.aws(["delete-cluster", "--cluster", "lab"])
        #expect(refused.standardError.contains("(ClusterContainsServicesException)"), "stderr: \(refused.standardError)")
        let deleting = try server.awsJSON(["delete-service", "--cluster", "lab", "--service", "api", "--force"])
        #expect((deleting["service"] as? [String: Any])?["status"] as? String == "DRAINING")
        try poll("the service becomes INACTIVE") {
            let described = try server.awsJSON(["describe-services", "--cluster", "lab", "--services", "api"])
            return ((described["services"] as? [[String: Any]])?.first?["status"] as? String) == "INACTIVE"
        }
        #expect(try server.aws(["wait", "services-inactive", "--cluster", "lab", "--services", "api"]).status == 0)

        let deregistered = try server.awsJSON(["deregister-task-definition", "--task-definition", "lab-api:1"])
        #expect((deregistered["taskDefinition"] as? [String: Any])?["status"] as? String == "INACTIVE")
        for arn in instanceARNs {
            try server.awsJSON(["deregister-container-instance", "--cluster", "lab", "--container-instance", arn])
        }
        try poll("no task of the cluster is left running") {
            try server.awsJSON(["list-tasks", "--cluster", "lab"])["taskArns"] as? [String] == []
        }
        let deleted = try server.awsJSON(["delete-cluster", "--cluster", "lab"])["cluster"] as? [String: Any]
        #expect(deleted?["status"] as? String == "INACTIVE")
        let clusters = try server.awsJSON(["list-clusters"])["clusterArns"] as? [String] ?? []
        #expect(!clusters.contains { $0.hasSuffix("/lab") })
        let described = try server.awsJSON(["describe-clusters", "--clusters", "lab"])
        #expect((described["clusters"] as? [[String: Any]])?.first?["status"] as? String == "INACTIVE")
    }

    private func waitForService(_ server: ServedSimulation, running count: Int) throws {
        try poll("service api runs \(count) tasks") {
            let described = try server.awsJSON(["describe-services", "--cluster", "lab", "--services", "api"])
            let service = (described["services"] as? [[String: Any]])?.first
            return service?["runningCount"] as? Int == count && service?["pendingCount"] as? Int == 0
                && (service?["deployments"] as? [Any])?.count == 1
        }
    }

    /// Polls `condition` for up to 60 s of wall time (the server runs 20 simulated seconds a second).
    private func poll(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.3)
        }
        Issue.record("timed out waiting until \(what)")
        throw ServedSimulation.StartFailed(description: "timed out waiting until \(what)")
    }
}
