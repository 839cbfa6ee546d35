import Foundation
import Simulator

/// A run's end state as text, to hold a recording's outcome in a file next to it: every cluster with
/// its services (counts, definitions, deployments), tasks and instances, the task definitions and the
/// tags. In a fixed order, so the same state is always the same text.
enum RecordingEndState {
    static func text(of simulator: Simulator) -> String {
        let snapshot = simulator.snapshot()
        var lines = ["time \(snapshot.time.timeIntervalSince1970)"]
        for (arn, definition) in snapshot.taskDefinitions.sorted(by: { $0.key < $1.key }) {
            lines.append("definition \(arn) \(definition.status) containers=\(definition.containerDefinitions.map(\.name))")
        }
        for (arn, tags) in snapshot.tags.sorted(by: { $0.key < $1.key }) where !tags.isEmpty {
            lines.append("tags \(arn) \(tags.map { "\($0.key)=\($0.value)" }.sorted())")
        }
        for cluster in snapshot.clusters {
            let c = cluster.cluster
            lines.append("cluster \(c.name) \(c.status) instances=\(c.registeredContainerInstancesCount) running=\(c.runningTasksCount) pending=\(c.pendingTasksCount) services=\(c.activeServicesCount) providers=\(c.capacityProviders)")
            for service in cluster.services {
                let s = service.service
                lines.append("  service \(s.name) \(s.status) \(s.taskDefinitionARN) desired=\(s.desiredCount) running=\(s.runningCount) pending=\(s.pendingCount) grace=\(s.healthCheckGracePeriodSeconds) tags=\(s.propagateTags.rawValue) managed=\(s.enableECSManagedTags) exec=\(s.enableExecuteCommand) network=\(s.networkConfiguration.map { "\($0)" } ?? "-") events=\(s.events.count)")
                for deployment in s.deployments {
                    lines.append("    deployment \(deployment.status.rawValue) \(deployment.taskDefinitionARN) \(deployment.rolloutState.rawValue) desired=\(deployment.desiredCount) running=\(deployment.runningCount) failed=\(deployment.failedTasks)")
                }
            }
            for task in cluster.allTasks {
                lines.append("  task \(task.id) \(task.taskDefinitionARN.arnResourceID) \(task.lastStatus.rawValue)/\(task.desiredStatus.rawValue) group=\(task.group) startedBy=\(task.startedBy ?? "-") instance=\(task.containerInstanceID ?? "-") stopped=\(task.stoppedReason ?? "-")")
            }
            for instance in cluster.instances {
                lines.append("  instance \(instance.id) \(instance.ec2InstanceID) \(instance.instanceType) \(instance.status.rawValue) running=\(instance.runningTasksCount) attributes=\(instance.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
