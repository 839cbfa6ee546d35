@testable import ECSAPI
import AWSWire
import TestSupport
import ECSModel
import Foundation
import Testing

/// The logs view on a real endpoint: `RemoteECS` reads CloudWatch Logs (moto's, on the same port as
/// its ECS) for the tasks asked about, from the streams their task definitions' `awslogs` options name.
@Suite(.serialized)
struct RemoteLogsTests {
    private static let settings = AWSSettings(
        credentials: SigV4Credentials(accessKeyID: "testing", secretAccessKey: "testing"), region: "us-east-1")

    @Test func streamIsPrefixContainerAndTaskID() {
        let options = ["awslogs-group": "/ecs/web", "awslogs-stream-prefix": "web", "awslogs-region": "eu-west-1"]
        let configuration = LogConfiguration(logDriver: "awslogs", options: options)
        #expect(configuration.awslogsStream(container: "app", taskID: "3f9a") == "web/app/3f9a")
        #expect(configuration.awslogsGroup == "/ecs/web")
        #expect(configuration.awslogsRegion == "eu-west-1")

        var noPrefix = configuration
        noPrefix.options["awslogs-stream-prefix"] = nil
        #expect(noPrefix.awslogsStream(container: "app", taskID: "3f9a") == nil)
        noPrefix.options["awslogs-stream-prefix"] = ""
        #expect(noPrefix.awslogsStream(container: "app", taskID: "3f9a") == nil)
        #expect(LogConfiguration(logDriver: "json-file", options: options).awslogsStream(container: "app", taskID: "3f9a") == nil)
        #expect(LogConfiguration(logDriver: "awslogs", options: ["awslogs-stream-prefix": "web"]).awslogsGroup == nil)
    }

    @Test func getLogEventsShapesMatchTheWire() throws {
        let request = CloudWatchLogsShapes.GetLogEventsRequest(
            logGroupName: "/ecs/web", logStreamName: "web/web/3f9a", limit: 5, startFromHead: false)
        let body = String(decoding: try AWSJSONCoding.encoder().encode(request), as: UTF8.self)
        #expect(body == #"{"limit":5,"logGroupName":"/ecs/web","logStreamName":"web/web/3f9a","startFromHead":false}"#)

        let answer = #"{"events":[{"timestamp":1700000000123,"message":"hello","ingestionTime":1700000000456}],"nextForwardToken":"f/1"}"#
        let page = try AWSJSONCoding.decoder().decode(CloudWatchLogsShapes.GetLogEventsResponse.self, from: Data(answer.utf8))
        #expect(page.events == [CloudWatchLogsShapes.OutputLogEvent(timestamp: 1_700_000_000_123, message: "hello", ingestionTime: 1_700_000_000_456)])
        #expect(page.nextForwardToken == "f/1")
    }

    @Test func logsOfATaskComeFromItsContainersStreamsInOrder() throws {
        let server = try MotoServer()
        defer { server.stop() }
        // Two tasks of a definition whose `web` container logs with a prefix and whose `sidecar` logs
        // without one; only the first task's `web` stream exists, with three events.
        let ids = try server.boto3("""
            import time
            logs = boto3.client("logs", **_kw)
            ecs.create_cluster(clusterName="logs-prod")
            awslogs = {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}
            ecs.register_task_definition(family="web", containerDefinitions=[
                {"name": "web", "image": "nginx", "cpu": 128, "memory": 256, "essential": True,
                 "logConfiguration": {"logDriver": "awslogs", "options": dict(awslogs, **{"awslogs-stream-prefix": "web"})}},
                {"name": "sidecar", "image": "envoy", "cpu": 128, "memory": 256, "essential": False,
                 "logConfiguration": {"logDriver": "awslogs", "options": awslogs}},
            ])
            image = ec2.describe_images()["Images"][0]["ImageId"]
            instance = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"][0]
            document = json.dumps({"instanceId": instance["InstanceId"], "imageId": image, "instanceType": instance["InstanceType"], "region": "us-east-1", "availabilityZone": "us-east-1a", "privateIp": "10.0.0.1"})
            ecs.register_container_instance(cluster="logs-prod", instanceIdentityDocument=document)
            ids = [task["taskArn"].split("/")[-1] for task in ecs.run_task(cluster="logs-prod", taskDefinition="web", count=2)["tasks"]]
            logs.create_log_group(logGroupName="/ecs/web")
            stream = "web/web/" + ids[0]
            logs.create_log_stream(logGroupName="/ecs/web", logStreamName=stream)
            now = int(time.time() * 1000)
            logs.put_log_events(logGroupName="/ecs/web", logStreamName=stream, logEvents=[
                {"timestamp": now - 3000, "message": "first"},
                {"timestamp": now - 2000, "message": "second"},
                {"timestamp": now - 1000, "message": "third"},
            ])
            print(" ".join(ids))
            """).split(separator: " ").map(String.init)
        try #require(ids.count == 2)
        let (logged, silent) = (ids[0], ids[1])

        let remote = RemoteECS(endpoint: URL(string: server.endpoint)!, settings: Self.settings, refreshInterval: .milliseconds(200))
        defer { remote.stop() }
        // As the dashboard does: ask every frame; the first ask returns at once with nothing.
        let deadline = Date(timeIntervalSinceNow: 15)
        var lines: [LogEvent] = []
        while lines.count < 3, Date() < deadline {
            lines = remote.logEvents(cluster: "logs-prod", task: logged, limit: 100)
            _ = remote.logEvents(cluster: "logs-prod", task: silent, limit: 100)
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(lines.map(\.message) == ["first", "second", "third"])
        #expect(lines.map(\.containerName) == ["web", "web", "web"])
        #expect(lines.map(\.timestamp) == lines.map(\.timestamp).sorted())
        // Milliseconds on the wire: read as seconds, the lines would be from the year 55 000.
        #expect(lines.allSatisfy { abs($0.timestamp.timeIntervalSinceNow) < 120 })
        #expect(remote.logEvents(cluster: "logs-prod", task: logged, limit: 2).map(\.message) == ["second", "third"])

        // Two more passes of the poller, both tasks still wanted: the task without a stream has no
        // lines, and its Logs error has not made the ECS data stale.
        let revision = remote.snapshot().revision
        while remote.snapshot().revision < revision + 2, Date() < deadline {
            _ = remote.logEvents(cluster: "logs-prod", task: logged, limit: 100)
            _ = remote.logEvents(cluster: "logs-prod", task: silent, limit: 100)
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(remote.snapshot().revision >= revision + 2)
        #expect(remote.logEvents(cluster: "logs-prod", task: silent, limit: 100) == [])
        #expect(remote.snapshot().source == .remote(endpoint: server.endpoint, stale: false))
        #expect(remote.lastError == nil)
    }
}
