/// The engine's side of Service Auto Scaling: what `ApplicationAutoScaling` reads each minute (the
/// service, its scaling settings, its workload's last datapoint) and setting the desired count it decides.
extension Simulator {
    func setUpServiceAutoScaling(_ scenario: Scenario) {
        for (c, spec) in scenario.clusters.enumerated() {
            for (s, serviceSpec) in spec.services.enumerated() {
                guard var scaling = serviceSpec.autoScaling else { continue }
                for k in scaling.policies.indices { scaling.policies[k].currentValue = nil }
                scaling.activities = []
                clusters[c].services[s].autoScaling = scaling
                autoScaling.register(
                    ServiceKey(cluster: c, service: s), resource: "service/\(spec.name)/\(serviceSpec.name)",
                    policyCount: scaling.policies.count, using: &auxiliaryGenerator)
            }
        }
        // A little after each minute's last metric sample.
        if !autoScaling.targets.isEmpty { schedule(.autoScalingEvaluation, after: TargetTrackingAlarms.period) }
    }

    func evaluateServiceAutoScaling() {
        for target in autoScaling.targets {
            let key = target.key
            guard var scaling = self[service: key].autoScaling else { continue }
            let desired = autoScaling.evaluate(
                target, scaling: &scaling, service: self[service: key].service,
                datapoint: telemetry(of: key).lastMinute, now: now, date: date(now))
            self[service: key].autoScaling = scaling
            if let desired { setDesiredCount(key, desired) }
        }
        schedule(.autoScalingEvaluation, after: TargetTrackingAlarms.period)
    }

    /// Sets the service's desired count as UpdateService would.
    private func setDesiredCount(_ key: ServiceKey, _ desired: Int) {
        self[service: key].service.desiredCount = desired
        for d in self[service: key].service.deployments.indices
        where self[service: key].service.deployments[d].status == .primary {
            self[service: key].service.deployments[d].desiredCount = desired
            self[service: key].service.deployments[d].updatedAt = date(now)
        }
        markDirty(key)
    }
}
