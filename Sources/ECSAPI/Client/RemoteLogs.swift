import AWSWire
import ECSModel
import Foundation

/// The poller's reads of CloudWatch Logs for the logs view: a task's containers that log with
/// `awslogs` and a stream prefix, each stream's newest events, merged by time. Used from the poller
/// thread only, so its caches need no lock.
///
/// A custom endpoint (moto, LocalStack) serves every service on its one port, so Logs goes to the same
/// URL; AWS's own endpoints have a host per service and region (`logs.eu-west-1.amazonaws.com`).
final class RemoteLogs {
    /// GetLogEvents' largest page.
    static let pageLimit = 10_000

    private let ecs: ECSClient
    private let settings: AWSSettings
    private let usesAWSEndpoints: Bool
    private let timeout: TimeInterval
    /// By ARN: a revision never changes once registered.
    private var definitions: [String: TaskDefinition] = [:]
    /// By region: a container may log to another region than the cluster's (`awslogs-region`).
    private var clients: [String: ECSClient] = [:]

    init(ecs: ECSClient, settings: AWSSettings, timeout: TimeInterval) {
        self.ecs = ecs
        self.settings = settings
        usesAWSEndpoints = ecs.endpoint == ECSClient.defaultEndpoint(region: settings.region)
        self.timeout = timeout
    }

    /// The newest `limit` lines of the task's containers, oldest first. A container without a stream
    /// to name, or whose group or stream does not exist, gives none; nil when the endpoint throttled or
    /// could not be reached, so the caller keeps the lines it had.
    func events(of task: Task, limit: Int) -> [LogEvent]? {
        guard let definition = definition(task.taskDefinitionARN) else { return nil }
        var events: [LogEvent] = []
        for container in definition.containerDefinitions {
            guard let configuration = container.logConfiguration, let group = configuration.awslogsGroup,
                  let stream = configuration.awslogsStream(container: container.name, taskID: task.id)
            else { continue }
            do {
                let page = try client(region: configuration.awslogsRegion).send(
                    "GetLogEvents",
                    CloudWatchLogsShapes.GetLogEventsRequest(
                        logGroupName: group, logStreamName: stream, limit: min(limit, Self.pageLimit),
                        startFromHead: false),
                    as: CloudWatchLogsShapes.GetLogEventsResponse.self, timeout: timeout)
                events += (page.events ?? []).map { event in
                    LogEvent(
                        timestamp: Date(timeIntervalSince1970: Double(event.timestamp ?? 0) / 1000),
                        containerName: container.name, message: event.message ?? "")
                }
            } catch {
                // A stream not created yet, or a group this principal may not read: no lines, and the ECS
                // data stays as fresh as it is.
                if RemoteECS.backsOff(after: error) { return nil }
            }
        }
        // Each stream comes oldest first; ties keep container order, so the sort is stable.
        let merged = events.enumerated().sorted { ($0.element.timestamp, $0.offset) < ($1.element.timestamp, $1.offset) }
        return merged.suffix(limit).map(\.element)
    }

    private func definition(_ arn: String) -> TaskDefinition? {
        if let cached = definitions[arn] { return cached }
        do {
            let answer = try ecs.send(
                "DescribeTaskDefinition", ECSShapes.DescribeTaskDefinitionRequest(taskDefinition: arn),
                as: ECSShapes.DescribeTaskDefinitionResponse.self, timeout: timeout)
            guard let shape = answer.taskDefinition else { return nil }
            let definition = TaskDefinition(described: shape)
            definitions[arn] = definition
            return definition
        } catch {
            return nil
        }
    }

    private func client(region: String?) -> ECSClient {
        let region = region ?? settings.region
        if let client = clients[region] { return client }
        var settings = settings
        settings.region = region
        let endpoint = usesAWSEndpoints ? ECSClient.defaultEndpoint(region: region, api: .logs) : ecs.endpoint
        let client = ECSClient(endpoint: endpoint, settings: settings, api: .logs)
        clients[region] = client
        return client
    }
}
