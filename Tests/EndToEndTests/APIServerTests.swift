import Foundation
import Testing

/// `ecstop serve` driven by the real AWS CLI and boto3, as a user would.
@Suite(.serialized)
struct APIServerTests {
    @Test func listClustersAndDescribeTheWebService() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let clusters = try server.awsJSON(["list-clusters"])["clusterArns"] as? [String] ?? []
        #expect(clusters.contains("arn:aws:ecs:us-east-1:123456789012:cluster/prod"))
        let described = try server.awsJSON(["describe-services", "--cluster", "prod", "--services", "web"])
        let services = described["services"] as? [[String: Any]] ?? []
        #expect(services.first?["serviceName"] as? String == "web")
        #expect(services.first?["serviceArn"] as? String == "arn:aws:ecs:us-east-1:123456789012:service/prod/web")
        #expect(services.first?["createdAt"] != nil, "epoch-second timestamps parse")
        #expect(server.stop() == 0, "SIGTERM stops serve cleanly")
    }

    @Test func registerCreateScaleStopAndDrainWithTheCLI() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let registered = try server.awsJSON([
            "register-task-definition", "--family", "checkout", "--container-definitions",
            #"[{"name":"app","image":"nginx:1.27","cpu":128,"memory":256,"portMappings":[{"containerPort":80}]}]"#,
        ])
        let definition = registered["taskDefinition"] as? [String: Any]
        #expect(definition?["revision"] as? Int == 1)
        let created = try server.awsJSON([
            "create-service", "--cluster", "prod", "--service-name", "checkout", "--task-definition", "checkout",
            "--desired-count", "2", "--launch-type", "EC2",
        ])
        #expect((created["service"] as? [String: Any])?["desiredCount"] as? Int == 2)

        var running = 0
        let deadline = Date().addingTimeInterval(60)
        while running != 2, Date() < deadline {
            let described = try server.awsJSON(["describe-services", "--cluster", "prod", "--services", "checkout"])
            running = (described["services"] as? [[String: Any]])?.first?["runningCount"] as? Int ?? -1
            if running != 2 { Thread.sleep(forTimeInterval: 0.5) }
        }
        #expect(running == 2, "the service's tasks start in simulated time")

        let updated = try server.awsJSON(["update-service", "--cluster", "prod", "--service", "checkout", "--desired-count", "3"])
        #expect((updated["service"] as? [String: Any])?["desiredCount"] as? Int == 3)

        let tasks = try server.awsJSON(["list-tasks", "--cluster", "prod", "--service-name", "checkout"])["taskArns"] as? [String] ?? []
        #expect(tasks.count >= 2)
        let stopped = try server.awsJSON(["stop-task", "--cluster", "prod", "--task", tasks[0], "--reason", "e2e"])
        let task = stopped["task"] as? [String: Any]
        #expect(task?["desiredStatus"] as? String == "STOPPED")
        #expect(task?["lastStatus"] as? String == "RUNNING")

        let instances = try server.awsJSON(["list-container-instances", "--cluster", "prod"])["containerInstanceArns"] as? [String] ?? []
        let drained = try server.awsJSON([
            "update-container-instances-state", "--cluster", "prod", "--container-instances", instances[0], "--status", "DRAINING",
        ])
        #expect((drained["containerInstances"] as? [[String: Any]])?.first?["status"] as? String == "DRAINING")
    }

    @Test func listTasksPagesWithMaxItems() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let first = try server.awsJSON(["list-tasks", "--cluster", "prod", "--max-items", "2"])
        #expect((first["taskArns"] as? [String])?.count == 2)
        let token = try #require(first["NextToken"] as? String)
        // Small server pages too, so that the CLI follows the server's own nextToken.
        let rest = try server.awsJSON(["list-tasks", "--cluster", "prod", "--page-size", "2", "--starting-token", token])
        let all = try server.awsJSON(["list-tasks", "--cluster", "prod", "--page-size", "3"])["taskArns"] as? [String] ?? []
        #expect((first["taskArns"] as? [String] ?? []) + (rest["taskArns"] as? [String] ?? []) == all)
        #expect(all.count > 3)
    }

    @Test(arguments: [
        (["list-services", "--cluster", "nope"], "ClusterNotFoundException"),
        (["update-service", "--cluster", "prod", "--service", "ghost", "--desired-count", "1"], "ServiceNotFoundException"),
        (["describe-services", "--cluster", "prod", "--services"] + (0..<11).map { "s\($0)" }, "InvalidParameterException"),
        (["describe-task-definition", "--task-definition", "ghost"], "ClientException"),
        (["stop-task", "--cluster", "prod", "--task", "0000"], "InvalidParameterException"),
        (["delete-cluster", "--cluster", "prod"], "ClusterContainsServicesException"),
    ])
    func errorsReachTheCLIWithTheirExceptionNames(arguments: [String], type: String) throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let run = try server.aws(arguments)
        #expect(run.status != 0)
        #expect(run.standardError.contains("(\(type))"), "stderr: \(run.standardError)")
    }

    @Test func readOnlyRefusesChangesWithAccessDenied() throws {
        let server = try ServedSimulation(["--read-only"])
        defer { server.stop() }
        let run = try server.aws(["update-service", "--cluster", "prod", "--service", "web", "--desired-count", "1"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("(AccessDeniedException)"), "stderr: \(run.standardError)")
        #expect(try server.aws(["list-clusters"]).status == 0)
    }

    @Test func portInUseIsAClearError() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let second = try ProcessRun.launch(try BuiltProduct.ecstop(), ["serve", "--port", String(server.port)])
        #expect(second.status == 1)
        #expect(second.standardError.contains("already in use"), "stderr: \(second.standardError)")
    }

    @Test func theSameFlowAndTheRawErrorsWithBoto3() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-boto3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("flow.py")
        try Self.boto3Script.write(to: script, atomically: true, encoding: .utf8)
        let python = try #require(ServedSimulation.executable("python3"))
        let run = try ProcessRun.launch(python, [script.path, server.endpoint], environment: ServedSimulation.awsEnvironment)
        #expect(run.status == 0, "stdout: \(run.standardOutput)\nstderr: \(run.standardError)")
        #expect(run.standardOutput.hasSuffix("flow ok\n"), "stdout: \(run.standardOutput)")
    }

    /// The flow, then what no CLI sends (wrong member types, malformed JSON, an unknown target) with
    /// botocore's validation off and plain HTTP.
    static let boto3Script = #"""
        import json, sys, time, urllib.request
        import boto3, botocore.config
        from botocore.exceptions import ClientError

        endpoint = sys.argv[1]
        ecs = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1")

        def expect_error(code, call, **kwargs):
            try:
                call(**kwargs)
            except ClientError as error:
                assert error.response["Error"]["Code"] == code, error.response
                assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
                return
            raise AssertionError(f"expected {code}")

        assert "arn:aws:ecs:us-east-1:123456789012:cluster/prod" in ecs.list_clusters()["clusterArns"]
        ecs.register_task_definition(family="cart", containerDefinitions=[
            {"name": "app", "image": "nginx", "cpu": 128, "memory": 256}])
        ecs.create_service(cluster="prod", serviceName="cart", taskDefinition="cart", desiredCount=2, launchType="EC2")
        deadline = time.time() + 60
        while time.time() < deadline:
            service = ecs.describe_services(cluster="prod", services=["cart"])["services"][0]
            if service["runningCount"] == 2:
                break
            time.sleep(0.5)
        assert service["runningCount"] == 2, service
        assert hasattr(service["createdAt"], "year"), "timestamps arrive as datetimes"
        ecs.update_service(cluster="prod", service="cart", desiredCount=3)
        task_arn = ecs.list_tasks(cluster="prod", serviceName="cart")["taskArns"][0]
        task = ecs.stop_task(cluster="prod", task=task_arn, reason="boto3")["task"]
        assert (task["desiredStatus"], task["lastStatus"]) == ("STOPPED", "RUNNING"), task
        instance = ecs.list_container_instances(cluster="prod")["containerInstanceArns"][0]
        drained = ecs.update_container_instances_state(cluster="prod", containerInstances=[instance], status="DRAINING")
        assert drained["containerInstances"][0]["status"] == "DRAINING"
        pages = list(ecs.get_paginator("list_tasks").paginate(cluster="prod", PaginationConfig={"PageSize": 2}))
        assert len(pages) > 1 and all(len(page["taskArns"]) <= 2 for page in pages)
        expect_error("ClusterNotFoundException", ecs.describe_services, cluster="nope", services=["web"])
        missing = ecs.describe_services(cluster="prod", services=["ghost"])["failures"]
        assert missing == [{"arn": "arn:aws:ecs:us-east-1:123456789012:service/prod/ghost", "reason": "MISSING"}], missing

        loose = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1",
                             config=botocore.config.Config(parameter_validation=False))
        expect_error("SerializationException", loose.update_service, cluster="prod", service="web", desiredCount="3")
        expect_error("InvalidParameterException", loose.describe_services, cluster="prod")

        def raw(target, body):
            request = urllib.request.Request(endpoint + "/", data=body, method="POST", headers={
                "X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.1"})
            try:
                urllib.request.urlopen(request)
            except urllib.error.HTTPError as error:
                assert error.code == 400
                return json.loads(error.read())["__type"]
            raise AssertionError("expected an error")

        assert raw("AmazonEC2ContainerServiceV20141113.Teleport", b"{}") == "UnknownOperationException"
        assert raw("AmazonEC2ContainerServiceV20141113.ListTasks", b'{"cluster":') == "SerializationException"
        print("flow ok")
        """#
}
