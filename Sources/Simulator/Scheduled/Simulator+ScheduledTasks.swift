import Foundation

/// Scheduled tasks: EventBridge rules whose target is RunTask. Each firing runs the rule's task
/// definition with group `family:<family>` and startedBy `events-rule/<name>`; tasks that don't fit are
/// dropped, as EventBridge only logs a failed invocation.
extension Simulator {
    /// Adds the cluster's rules from the scenario and schedules their first firing.
    func addScheduledTasks(_ specs: [Scenario.ScheduledTaskSpec], cluster c: Int) {
        for spec in specs {
            guard let expression = try? ScheduleExpression(parsing: spec.scheduleExpression),
                  let definition = resolveTaskDefinition(spec.taskDefinition) else {
                preconditionFailure("scheduled tasks were validated")
            }
            let created = date(now)
            let rule = ScheduledTask(
                name: spec.name, scheduleExpression: spec.scheduleExpression, taskDefinitionARN: definition.arn,
                taskCount: spec.taskCount, launchType: spec.launchType,
                nextRunAt: expression.nextFiring(after: created, start: created))
            clusters[c].scheduledTasks.append(rule)
            clusterStates[c].placementIndex.schedules.append(expression)
            scheduleFiring(cluster: c, rule: clusters[c].scheduledTasks.count - 1)
        }
    }

    private func scheduleFiring(cluster c: Int, rule r: Int) {
        guard let next = clusters[c].scheduledTasks[r].nextRunAt else { return }
        let delay = Duration.seconds(max(0, next.timeIntervalSince(date(now))))
        schedule(.scheduledTaskDue(cluster: c, rule: r), after: delay)
    }

    /// A rule fires: RunTask, then the next firing.
    func fireScheduledTask(cluster c: Int, rule r: Int) {
        let rule = clusters[c].scheduledTasks[r]
        let request = RunTaskRequest(
            cluster: clusters[c].cluster.name, taskDefinition: rule.taskDefinitionARN, count: rule.taskCount,
            launchType: rule.launchType, startedBy: "events-rule/\(rule.name)")
        _ = try? runTasks(request)
        let fired = date(now)
        clusters[c].scheduledTasks[r].lastRunAt = fired
        // A firing is on a period boundary, so a rate's next one is a period later.
        let expression = clusterStates[c].placementIndex.schedules[r]
        clusters[c].scheduledTasks[r].nextRunAt = switch expression {
        case .rate(let seconds): fired.addingTimeInterval(Double(seconds))
        case .cron: expression.nextFiring(after: fired, start: fired)
        }
        scheduleFiring(cluster: c, rule: r)
    }
}
