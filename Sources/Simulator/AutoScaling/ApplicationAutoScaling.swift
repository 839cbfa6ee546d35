import Foundation

/// Service Auto Scaling (Application Auto Scaling target tracking on `ecs:service:DesiredCount`): the
/// scalable targets, their alarms and cooldowns. Once a minute each policy reads its metric's last
/// one-minute datapoint (average CPU or memory of the service's tasks, in percent, or ALB requests per
/// target) and keeps its alarms' streaks. Scale out when any policy's AlarmHigh is in ALARM, to the
/// largest capacity asked; scale in only when every policy that may scale in has its AlarmLow in ALARM,
/// to the largest capacity they ask. New desired = ceil(desired × metric / target), within min/max
/// capacity. It only decides the desired count; the engine sets it and the service scheduler does the rest.
///
/// Simplified: cooldowns block further scaling in the same direction, and a scale-out's cooldown also
/// holds back scale-in; ALBRequestCountPerTarget is taken from the workload whether or not the
/// service is behind a load balancer.
struct ApplicationAutoScaling {
    /// In registration order, which is the order they are evaluated in.
    private(set) var targets: [ScalingTarget] = []

    /// Registers service `key`'s scalable target, its policies' alarms named as target tracking names them.
    mutating func register(
        _ key: ServiceKey, resource: String, policyCount: Int, using generator: inout SeededGenerator
    ) {
        targets.append(ScalingTarget(key: key, policies: (0..<policyCount).map { _ in
            ScalingTarget.PolicyAlarms(
                highAlarm: "TargetTracking-\(resource)-AlarmHigh-\(generator.uuid())",
                lowAlarm: "TargetTracking-\(resource)-AlarmLow-\(generator.uuid())")
        }))
    }

    /// A deleted service's target goes with it.
    mutating func deregister(_ key: ServiceKey) {
        targets.removeAll { $0.key == key }
    }

    /// One evaluation of `target`: keeps its alarms' streaks, writes each policy's current value into
    /// `scaling`, and returns the new desired count, recorded as an activity in `scaling`, if it scales.
    func evaluate(
        _ target: ScalingTarget, scaling: inout ServiceAutoScaling, service: Service,
        datapoint: (cpu: Double, memory: Double, requestsPerTarget: Double)?, now: Duration, date: Date
    ) -> Int? {
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

        let since = { (last: Duration?) in last.map { (now - $0).seconds } ?? .infinity }
        if let (wanted, k) = scaleOut {
            let desired = min(max(wanted, scaling.minCapacity), scaling.maxCapacity)
            let cooldown = Double(scaling.policies[k].scaleOutCooldownSeconds)
            guard desired > current, since(target.lastScaleOut) >= cooldown else { return nil }
            target.lastScaleOut = now
            record(desired, in: &scaling, alarm: target.policies[k].highAlarm, policy: scaling.policies[k].name, date: date)
            return desired
        }
        guard anyMayScaleIn, everyPolicyWantsIn, let (wanted, k) = scaleIn else { return nil }
        // Application Auto Scaling holds scale-in while an ECS deployment is in progress.
        guard !service.deployments.contains(where: { $0.rolloutState == .inProgress }) else { return nil }
        let desired = min(max(wanted, scaling.minCapacity), scaling.maxCapacity)
        let policy = scaling.policies[k]
        guard desired < current, since(target.lastScaleIn) >= Double(policy.scaleInCooldownSeconds),
              since(target.lastScaleOut) >= Double(policy.scaleOutCooldownSeconds) else { return nil }
        target.lastScaleIn = now
        record(desired, in: &scaling, alarm: target.policies[k].lowAlarm, policy: policy.name, date: date)
        return desired
    }

    private func record(_ desired: Int, in scaling: inout ServiceAutoScaling, alarm: String, policy: String, date: Date) {
        scaling.activities.insert(ScalingActivity(
            startedAt: date, description: "Setting desired count to \(desired).",
            cause: "monitor alarm \(alarm) in state ALARM triggered policy \(policy)"), at: 0)
        if scaling.activities.count > TargetTrackingAlarms.activityLimit { scaling.activities.removeLast() }
    }
}
