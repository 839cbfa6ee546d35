import AWSWire
import ECSAPI
import Foundation
import Testing

/// The generated shapes read the JSON ECS answers (its documented examples), write requests the way
/// SDKs send them, and stay what the generator makes from botocore's model.
@Suite struct ShapeTests {
    /// The DescribeServices example of the ECS API reference, with a deployment and an event.
    static let describeServices = #"""
        {
          "failures": [{"arn": "arn:aws:ecs:us-east-1:012345678910:service/default/missing", "reason": "MISSING"}],
          "services": [{
            "clusterArn": "arn:aws:ecs:us-east-1:012345678910:cluster/default",
            "createdAt": 1466025908.001,
            "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100,
              "deploymentCircuitBreaker": {"enable": true, "rollback": true}},
            "deployments": [{
              "createdAt": 1466025908.001, "desiredCount": 1, "id": "ecs-svc/9223370564341623665",
              "pendingCount": 0, "runningCount": 1, "status": "PRIMARY", "rolloutState": "COMPLETED",
              "taskDefinition": "arn:aws:ecs:us-east-1:012345678910:task-definition/hello_world:6",
              "updatedAt": 1466025908.001, "launchType": "EC2"
            }],
            "desiredCount": 1,
            "events": [{"createdAt": 1466026020.5, "id": "4e1b9d3c", "message": "(service ecs-simple-service) has reached a steady state."}],
            "loadBalancers": [],
            "pendingCount": 0,
            "runningCount": 1,
            "schedulingStrategy": "REPLICA",
            "serviceArn": "arn:aws:ecs:us-east-1:012345678910:service/default/ecs-simple-service",
            "serviceName": "ecs-simple-service",
            "status": "ACTIVE",
            "taskDefinition": "arn:aws:ecs:us-east-1:012345678910:task-definition/hello_world:6"
          }]
        }
        """#

    /// The DescribeTasks example of the ECS API reference, with a launch type newer than the model.
    static let describeTasks = #"""
        {
          "failures": [],
          "tasks": [{
            "clusterArn": "arn:aws:ecs:us-east-1:012345678910:cluster/default",
            "containerInstanceArn": "arn:aws:ecs:us-east-1:012345678910:container-instance/default/84818520995e",
            "containers": [{
              "containerArn": "arn:aws:ecs:us-east-1:012345678910:container/76c980a8-2454-4a9c-acc4-9eb103117273",
              "lastStatus": "RUNNING", "name": "ecs-demo", "healthStatus": "UNKNOWN",
              "networkBindings": [{"bindIP": "0.0.0.0", "containerPort": 80, "hostPort": 80, "protocol": "tcp"}],
              "taskArn": "arn:aws:ecs:us-east-1:012345678910:task/default/c5cba4eb-5dad-405e-96db-71ef8eefe6a8"
            }],
            "cpu": "256", "memory": "512",
            "createdAt": 1700000000, "startedAt": 1700000012.25,
            "desiredStatus": "RUNNING", "lastStatus": "RUNNING", "launchType": "SOMETHING_NEW",
            "overrides": {"containerOverrides": [{"name": "ecs-demo", "environment": [{"name": "MODE", "value": "demo"}]}]},
            "startedBy": "ecs-svc/9223370608528463088",
            "tags": [{"key": "team", "value": "web"}],
            "taskArn": "arn:aws:ecs:us-east-1:012345678910:task/default/c5cba4eb-5dad-405e-96db-71ef8eefe6a8",
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:012345678910:task-definition/console-sample-app-static:1",
            "version": 3
          }]
        }
        """#

    @Test func aDescribeServicesResponseDecodes() throws {
        let response = try AWSJSONCoding.decoder().decode(
            ECSShapes.DescribeServicesResponse.self, from: Data(Self.describeServices.utf8)
        )
        let service = try #require(response.services?.first)
        #expect(service.serviceName == "ecs-simple-service")
        #expect(service.createdAt == Date(timeIntervalSince1970: 1_466_025_908.001), "epoch seconds, not 2001-based")
        #expect(service.schedulingStrategy == .replica)
        #expect(service.deploymentConfiguration?.deploymentCircuitBreaker?.rollback == true)
        let deployment = try #require(service.deployments?.first)
        #expect(deployment.rolloutState == .completed)
        #expect(deployment.launchType == .ec2)
        #expect(service.events?.first?.createdAt == Date(timeIntervalSince1970: 1_466_026_020.5))
        #expect(service.loadBalancers == [])
        #expect(service.capacityProviderStrategy == nil)
        #expect(response.failures == [.init(arn: "arn:aws:ecs:us-east-1:012345678910:service/default/missing", reason: "MISSING")])
    }

    @Test func aDescribeTasksResponseDecodesWithAnUnknownLaunchType() throws {
        let response = try AWSJSONCoding.decoder().decode(
            ECSShapes.DescribeTasksResponse.self, from: Data(Self.describeTasks.utf8)
        )
        let task = try #require(response.tasks?.first)
        #expect(task.launchType == .unknown("SOMETHING_NEW"))
        #expect(task.launchType?.rawValue == "SOMETHING_NEW")
        #expect(task.startedAt == Date(timeIntervalSince1970: 1_700_000_012.25))
        #expect(task.version == 3)
        let container = try #require(task.containers?.first)
        #expect(container.healthStatus == .unknown_, "the model's own UNKNOWN, not the fallback")
        #expect(container.networkBindings?.first?.protocol == .tcp)
        #expect(task.overrides?.containerOverrides?.first?.environment == [.init(name: "MODE", value: "demo")])
        #expect(task.tags == [.init(key: "team", value: "web")])
    }

    @Test func requestsEncodeAsTheWireWantsAndRoundTrip() throws {
        let request = ECSShapes.UpdateServiceRequest(
            cluster: "prod", service: "web", desiredCount: 4,
            capacityProviderStrategy: [.init(capacityProvider: "FARGATE_SPOT", weight: 2, base: 0)],
            forceNewDeployment: true
        )
        let data = try AWSJSONCoding.encoder().encode(request)
        #expect(String(decoding: data, as: UTF8.self) == #"{"capacityProviderStrategy":[{"base":0,"capacityProvider":"FARGATE_SPOT","weight":2}],"cluster":"prod","desiredCount":4,"forceNewDeployment":true,"service":"web"}"#)
        #expect(try AWSJSONCoding.decoder().decode(ECSShapes.UpdateServiceRequest.self, from: data) == request)

        let run = ECSShapes.RunTaskRequest(
            cluster: "prod", count: 2, launchType: .fargate,
            networkConfiguration: .init(awsvpcConfiguration: .init(subnets: ["subnet-1"], assignPublicIp: .enabled)),
            taskDefinition: "web:3"
        )
        let runData = try AWSJSONCoding.encoder().encode(run)
        #expect(String(decoding: runData, as: UTF8.self).contains(#""launchType":"FARGATE""#))
        #expect(String(decoding: runData, as: UTF8.self).contains(#""assignPublicIp":"ENABLED""#))
        #expect(try AWSJSONCoding.decoder().decode(ECSShapes.RunTaskRequest.self, from: runData) == run)
    }

    @Test func regeneratingGivesTheCommittedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("AWSShapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("scripts/generate-aws-shapes.py").path,
            "--output-directory", output.path,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the generator failed (is botocore installed?): \(errorText)")
        let committedFolder = root.appendingPathComponent("Sources/AWSWire/Shapes")
        let committed = try FileManager.default.contentsOfDirectory(atPath: committedFolder.path).sorted()
        let regenerated = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(regenerated == committed, "the generator writes other files than Sources/AWSWire/Shapes holds")
        for file in regenerated {
            let new = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            let old = try String(contentsOf: committedFolder.appendingPathComponent(file), encoding: .utf8)
            // A newer botocore changes the header and perhaps the model: run the script and commit its output.
            #expect(new == old, "Sources/AWSWire/Shapes/\(file) is stale: run python3 scripts/generate-aws-shapes.py")
        }
    }

    /// The operation tables list every operation of each model, so a server can tell "not served" from
    /// "no such operation".
    @Test func operationTablesListTheModels() {
        #expect(ECSShapes.operations.count == 77)
        #expect(ECSShapes.operations.contains { $0.name == "UpdateTaskProtection" && $0.input == "UpdateTaskProtectionRequest" })
        #expect(ECSShapes.targetPrefix == "AmazonEC2ContainerServiceV20141113")
        #expect(ApplicationAutoScalingShapes.operations.contains { $0.name == "PutScalingPolicy" })
        #expect(CloudWatchLogsShapes.targetPrefix == "Logs_20140328")
        #expect(CloudWatchShapes.operations.contains { $0.name == "PutMetricAlarm" && $0.output == nil })
        #expect(ElasticLoadBalancingV2Shapes.operations.contains { $0.name == "DescribeTargetHealth" })
    }
}
