@testable import ECSAPI
import TestSupport
import ECSModel
import Foundation
import Testing

/// `RemoteECS` against moto's ECS mock: what the poller reads, what commands send, and how it carries
/// on when the endpoint goes away and comes back.
@Suite(.serialized)
struct RemoteECSTests {
    private static let settings = AWSSettings(
        credentials: SigV4Credentials(accessKeyID: "testing", secretAccessKey: "testing"), region: "us-east-1")

    private func remote(_ server: MotoServer) -> RemoteECS {
        RemoteECS(endpoint: URL(string: server.endpoint)!, settings: Self.settings, refreshInterval: .milliseconds(200))
    }

    /// Polls the snapshot until `condition` holds, or gives up after `timeout` and returns the last one.
    @discardableResult
    private func waitFor(
        _ remote: RemoteECS, timeout: TimeInterval = 10, _ condition: (ControlPlaneSnapshot) -> Bool
    ) -> ControlPlaneSnapshot {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var snapshot = remote.snapshot()
        while !condition(snapshot), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            snapshot = remote.snapshot()
        }
        return snapshot
    }

    @Test func snapshotHoldsTheEndpointsClustersServicesTasksAndInstances() throws {
        let server = try MotoServer()
        defer { server.stop() }
        try server.createCluster()
        let remote = remote(server)
        defer { remote.stop() }

        let snapshot = waitFor(remote) { !$0.clusters.isEmpty }
        #expect(remote.lastError == nil)
        #expect(snapshot.source == .remote(endpoint: server.endpoint, stale: false))
        let cluster = try #require(snapshot.cluster(named: "moto-prod"))
        #expect(cluster.cluster.arn.hasSuffix(":cluster/moto-prod"))
        let web = try #require(cluster.service(named: "web"))
        #expect(web.service.desiredCount == 2)
        #expect(web.tasks.count == 1)
        #expect(web.tasks.first?.taskDefinitionReference == "web:1")
        #expect(web.tasks.first?.containers.map(\.name) == ["web"])
        #expect(cluster.standaloneTasks.count == 1)
        let instance = try #require(cluster.instances.first)
        #expect(instance.registeredResources.cpu > 0 && instance.registeredResources.memory > 0)
        #expect(instance.ec2InstanceID.hasPrefix("i-"))
        #expect(instance.availabilityZone == "us-east-1a")
        #expect(instance.status == .active)
        #expect(web.tasks.first?.ec2InstanceID == instance.ec2InstanceID)
    }

    @Test func scaleKillAndDrainReachTheEndpointAndShowOnTheNextRefresh() throws {
        let server = try MotoServer()
        defer { server.stop() }
        try server.createCluster()
        let remote = remote(server)
        defer { remote.stop() }
        let first = waitFor(remote) { !$0.clusters.isEmpty }
        let cluster = try #require(first.cluster(named: "moto-prod"))
        let task = try #require(cluster.service(named: "web")?.tasks.first)
        let instance = try #require(cluster.instances.first)

        try remote.execute(.updateService(cluster: "moto-prod", service: "web", desiredCount: 5))
        try remote.execute(.stopTask(cluster: "moto-prod", task: task.id, reason: "killed from ecstop"))
        try remote.execute(
            .updateContainerInstancesState(cluster: "moto-prod", containerInstances: [instance.id], status: .draining))

        let seen = try server.boto3("""
            service = ecs.describe_services(cluster="moto-prod", services=["web"])["services"][0]
            task = ecs.describe_tasks(cluster="moto-prod", tasks=["\(task.arn)"])["tasks"][0]
            instance = ecs.describe_container_instances(cluster="moto-prod", containerInstances=["\(instance.arn)"])["containerInstances"][0]
            print(service["desiredCount"], task["desiredStatus"], task.get("stoppedReason"), instance["status"], sep="|")
            """)
        #expect(seen == "5|STOPPED|killed from ecstop|DRAINING")

        let after = waitFor(remote) { snapshot in
            let cluster = snapshot.cluster(named: "moto-prod")
            return cluster?.service(named: "web")?.service.desiredCount == 5
                && cluster?.instances.first?.status == .draining
        }
        let updated = try #require(after.cluster(named: "moto-prod"))
        #expect(updated.service(named: "web")?.service.desiredCount == 5)
        #expect(updated.instances.first?.status == .draining)
        #expect(updated.allTasks.first { $0.id == task.id }?.desiredStatus == .stopped)
    }

    @Test func refusalsCarryTheirExceptionNames() throws {
        let server = try MotoServer()
        defer { server.stop() }
        try server.createCluster()
        let remote = remote(server)
        defer { remote.stop() }

        #expect(throws: ECSError.self) {
            try remote.execute(.updateService(cluster: "moto-prod", service: "nope", desiredCount: 1))
        }
        do {
            try remote.execute(.updateService(cluster: "moto-prod", service: "nope", desiredCount: 1))
        } catch {
            #expect(error.type == "ServiceNotFoundException")
        }
        do {
            try remote.execute(.setPaused(true))
            Issue.record("pausing a real endpoint must be refused")
        } catch {
            #expect(error.message.contains("only to the simulation"))
        }
    }

    @Test func aStoppedEndpointMakesTheSnapshotStaleAndARestartedOneRecovers() throws {
        let server = try MotoServer()
        defer { server.stop() }  // stopping twice is harmless
        try server.createCluster()
        let remote = remote(server)
        defer { remote.stop() }
        let good = waitFor(remote) { !$0.clusters.isEmpty }
        #expect(good.source == .remote(endpoint: server.endpoint, stale: false))

        server.stop()
        let stale = waitFor(remote) { $0.source == .remote(endpoint: server.endpoint, stale: true) }
        #expect(stale.source == .remote(endpoint: server.endpoint, stale: true))
        #expect(stale.cluster(named: "moto-prod")?.service(named: "web") != nil, "the last good data stays")
        #expect(remote.lastError?.type == ECSClient.connectionErrorType)

        let restarted = try MotoServer(port: server.port)
        defer { restarted.stop() }
        try restarted.boto3("ecs.create_cluster(clusterName=\"moto-again\")")
        // Backoff after a second or two of failures is still short at a 200 ms interval.
        let recovered = waitFor(remote, timeout: 20) { $0.cluster(named: "moto-again") != nil }
        #expect(recovered.source == .remote(endpoint: server.endpoint, stale: false))
        #expect(recovered.cluster(named: "moto-again") != nil)
        #expect(recovered.cluster(named: "moto-prod") == nil)
    }

    @Test func throttlingAndUnreachableEndpointsBackOffUpToThirtySeconds() {
        let unreachable = ECSError(ECSClient.connectionErrorType, "down")
        #expect(RemoteECS.delay(after: unreachable, failuresInARow: 1, interval: 2) == 2)
        #expect(RemoteECS.delay(after: unreachable, failuresInARow: 3, interval: 2) == 8)
        #expect(RemoteECS.delay(after: ECSError("ThrottlingException", "slow down"), failuresInARow: 10, interval: 2) == 30)
        #expect(RemoteECS.delay(after: ECSError("AccessDeniedException", "no"), failuresInARow: 5, interval: 2) == 2)
    }

    @Test func errorBodiesKeepTheExceptionName() {
        let body = Data(#"{"__type": "com.amazonaws.ecs#ClusterNotFoundException", "message": "Cluster not found."}"#.utf8)
        #expect(ECSClient.error(status: 400, body: body) == ECSError("ClusterNotFoundException", "Cluster not found."))
        #expect(ECSClient.error(status: 429, body: Data()).type == "ThrottlingException")
    }
}
