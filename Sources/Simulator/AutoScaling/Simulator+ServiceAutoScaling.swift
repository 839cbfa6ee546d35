import Foundation

/// Service Auto Scaling (Application Auto Scaling target tracking on `ecs:service:DesiredCount`).
/// Once a minute each policy reads its metric's last one-minute datapoint (average CPU or memory of the
/// service's tasks, in percent, or ALB requests per target) and keeps its alarms' streaks. Scale out when
/// any policy's AlarmHigh is in ALARM, to the largest capacity asked; scale in only when every policy
/// that may scale in has its AlarmLow in ALARM, to the largest capacity they ask. New desired =
/// ceil(desired × metric / target), within min/max capacity. It only sets the desired count; the
/// service scheduler does the rest.
///
/// Simplified: cooldowns block further scaling in the same direction, and a scale-out's cooldown also
/// holds back scale-in; ALBRequestCountPerTarget is taken from the workload whether or not the
/// service is behind a load balancer.
extension Simulator {
    func setUpServiceAutoScaling(_ scenario: Scenario) {
        for (c, spec) in scenario.clusters.enumerated() {
            for (s, serviceSpec) in spec.services.enumerated() {
                guard var scaling = serviceSpec.autoScaling else { continue }
                for k in scaling.policies.indices { scaling.policies[k].currentValue = nil }
                scaling.activities = []
                clusters[c].services[s].autoScaling = scaling
                let resource = "service/\(spec.name)/\(serviceSpec.name)"
                scalingTargets.append(ScalingTarget(key: ServiceKey(cluster: c, service: s), policies: scaling.policies.map { _ in
                    ScalingTarget.PolicyAlarms(
                        highAlarm: "TargetTracking-\(resource)-AlarmHigh-\(auxiliaryGenerator.uuid())",
                        lowAlarm: "TargetTracking-\(resource)-AlarmLow-\(auxiliaryGenerator.uuid())")
                }))
            }
        }
        // A little after each minute's last metric sample.
        if !scalingTargets.isEmpty { schedule(.autoScalingEvaluation, after: TargetTrackingAlarms.period) }
    }

    func evaluateServiceAutoScaling() {
        for target in scalingTargets { evaluate(target) }
        schedule(.autoScalingEvaluation, after: TargetTrackingAlarms.period)
    }

    private func evaluate(_ target: ScalingTarget) {
        let key = target.key
        guard var scaling = clusters[key.cluster].services[key.service].autoScaling else { return }
        let service = clusters[key.cluster].services[key.service].service
        let datapoint = telemetry(key.cluster, key.service).lastMinute
        let current = service.desiredCount

        var scaleOut: (desired: Int, policy: Int)?
        var scaleIn: (desired: Int, policy: Int)?
        var everyPolicyWantsIn = true
        var anyMayScaleIn = false
        for (k, policy) in scaling.policies.enumerated() {
            let value = datapoint.map { point -> Double in
                switch policy.metric {
                case .averageCPU: point.cpu * 100
                case .averageMemory: point.memory * 100
                case .requestsPerTarget: point.requestsPerTarget
                }
            }
            scaling.policies[k].currentValue = value
            // No data: the alarms go to INSUFFICIENT_DATA, which neither scales out nor in.
            guard let value else {
                target.policies[k].above = 0
                target.policies[k].below = 0
                everyPolicyWantsIn = false
                continue
            }
            target.policies[k].above = value > policy.targetValue ? target.policies[k].above + 1 : 0
            target.policies[k].below = value < policy.targetValue * TargetTrackingAlarms.scaleInThreshold
                ? target.policies[k].below + 1 : 0
            let wanted = Int((Double(current) * value / policy.targetValue).rounded(.up))
            if target.policies[k].above >= TargetTrackingAlarms.scaleOutDatapoints, scaleOut.map({ wanted > $0.desired }) ?? true {
                scaleOut = (wanted, k)
            }
            guard !policy.disableScaleIn else { continue }
            anyMayScaleIn = true
            if target.policies[k].below >= TargetTrackingAlarms.scaleInDatapoints {
                if scaleIn.map({ wanted > $0.desired }) ?? true { scaleIn = (wanted, k) }
            } else {
                everyPolicyWantsIn = false
            }
        }
        defer { clusters[key.cluster].services[key.service].autoScaling = scaling }

        let since = { (last: Duration?) in last.map { (self.now - $0).seconds } ?? .infinity }
        if let (wanted, k) = scaleOut {
            let desired = min(max(wanted, scaling.minCapacity), scaling.maxCapacity)
            let cooldown = Double(scaling.policies[k].scaleOutCooldownSeconds)
            guard desired > current, since(target.lastScaleOut) >= cooldown else { return }
            target.lastScaleOut = now
            setDesiredCount(key, desired, activity: &scaling, alarm: target.policies[k].highAlarm, policy: scaling.policies[k].name)
            return
        }
        guard anyMayScaleIn, everyPolicyWantsIn, let (wanted, k) = scaleIn else { return }
        // Application Auto Scaling holds scale-in while an ECS deployment is in progress.
        guard !service.deployments.contains(where: { $0.rolloutState == .inProgress }) else { return }
        let desired = min(max(wanted, scaling.minCapacity), scaling.maxCapacity)
        let policy = scaling.policies[k]
        guard desired < current, since(target.lastScaleIn) >= Double(policy.scaleInCooldownSeconds),
              since(target.lastScaleOut) >= Double(policy.scaleOutCooldownSeconds) else { return }
        target.lastScaleIn = now
        setDesiredCount(key, desired, activity: &scaling, alarm: target.policies[k].lowAlarm, policy: policy.name)
    }

    /// Sets the service's desired count as UpdateService would, and records the activity.
    private func setDesiredCount(_ key: ServiceKey, _ desired: Int, activity scaling: inout ServiceAutoScaling, alarm: String, policy: String) {
        clusters[key.cluster].services[key.service].service.desiredCount = desired
        for d in clusters[key.cluster].services[key.service].service.deployments.indices
        where clusters[key.cluster].services[key.service].service.deployments[d].status == .primary {
            clusters[key.cluster].services[key.service].service.deployments[d].desiredCount = desired
            clusters[key.cluster].services[key.service].service.deployments[d].updatedAt = date(now)
        }
        markDirty(key)
        scaling.activities.insert(ScalingActivity(
            startedAt: date(now), description: "Setting desired count to \(desired).",
            cause: "monitor alarm \(alarm) in state ALARM triggered policy \(policy)"), at: 0)
        if scaling.activities.count > TargetTrackingAlarms.activityLimit { scaling.activities.removeLast() }
    }
}
