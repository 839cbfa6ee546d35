@testable import Dashboard
import Foundation

/// SnapshotFixture's `prod` with what the detail views show beyond the panes: web behind a target group
/// with targets in several states, a CPU target-tracking policy that scaled out 100 s ago, two
/// deployments and known metric samples.
enum DetailFixture {
    static let now = SnapshotFixture.now
    static let targetGroupARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef"

    static func make(targets: [TargetHealthDescription]? = nil) -> (snapshot: ControlPlaneSnapshot, cluster: ClusterSnapshot, web: ServiceSnapshot) {
        var snapshot = SnapshotFixture.make()
        var cluster = snapshot.clusters[0]
        var web = cluster.services[0]
        let instances = Array(cluster.instances)
        web.service.loadBalancers = [LoadBalancer(targetGroupARN: targetGroupARN, containerName: "web", containerPort: 80)]
        web.service.deploymentConfiguration = DeploymentConfiguration(
            minimumHealthyPercent: 50, maximumPercent: 200,
            deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: true))
        web.service.deployments = [
            Deployment(
                id: "ecs-svc/2222222222222222222", status: .primary,
                taskDefinitionARN: SnapshotFixture.names.taskDefinitionARN(family: "web", revision: 4), desiredCount: 3,
                pendingCount: 1, runningCount: 1, failedTasks: 2, rolloutState: .inProgress,
                rolloutStateReason: "ECS deployment ecs-svc/2222222222222222222 in progress.",
                createdAt: now.addingTimeInterval(-120), updatedAt: now),
            Deployment(
                id: "ecs-svc/1234567890123456789", status: .active,
                taskDefinitionARN: SnapshotFixture.names.taskDefinitionARN(family: "web", revision: 3), desiredCount: 3,
                runningCount: 2, rolloutState: .completed, createdAt: SnapshotFixture.epoch, updatedAt: SnapshotFixture.epoch),
        ]
        web.autoScaling = ServiceAutoScaling(
            minCapacity: 2, maxCapacity: 6,
            policies: [ScalingPolicy(name: "cpu60", metric: .averageCPU, targetValue: 60, currentValue: 62.4)],
            activities: [ScalingActivity(
                startedAt: now.addingTimeInterval(-100), description: "Setting desired count to 3.",
                cause: "monitor alarm TargetTracking-service/prod/web-AlarmHigh-1 in state ALARM triggered policy cpu60")])
        web.metrics = ServiceMetrics(cpuUtilization: MetricHistory(recent: [0, 0.5, 1]))
        cluster.services[0] = web
        cluster.targetGroups = [TargetGroup(
            name: "web-tg", arn: targetGroupARN, loadBalancerARNs: [],
            targets: targets ?? [
                TargetHealthDescription(targetID: instances[0].ec2InstanceID, port: 49153, state: .healthy, taskID: SnapshotFixture.hex(1)),
                TargetHealthDescription(
                    targetID: instances[2].ec2InstanceID, port: 49153, state: .unhealthy, reason: "Target.ResponseCodeMismatch",
                    description: "Health checks failed with these codes: [503]", taskID: SnapshotFixture.hex(2)),
                TargetHealthDescription(
                    targetID: instances[0].ec2InstanceID, port: 49154, state: .initial, reason: "Elb.RegistrationInProgress",
                    description: "Target registration is in progress", taskID: SnapshotFixture.hex(3)),
            ])]
        snapshot.clusters[0] = cluster
        return (snapshot, cluster, web)
    }
}
