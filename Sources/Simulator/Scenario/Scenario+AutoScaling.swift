extension Scenario {
    /// What Application Auto Scaling accepts for a service's scalable target and its target-tracking
    /// policies (`ServiceSpec.autoScaling` uses ECSModel's `ServiceAutoScaling` as the declaration).
    static func validationErrors(_ scaling: ServiceAutoScaling, service: String) -> [String] {
        var errors: [String] = []
        let label = "Service \(service): auto scaling"
        if scaling.minCapacity < 0 || scaling.maxCapacity < scaling.minCapacity {
            errors.append("\(label) needs 0 ≤ minCapacity ≤ maxCapacity.")
        }
        var names = Set<String>()
        for policy in scaling.policies {
            if !names.insert(policy.name).inserted { errors.append("\(label): policy \(policy.name) is defined twice.") }
            if policy.targetValue <= 0 { errors.append("\(label): policy \(policy.name) needs a positive target value.") }
            if policy.scaleInCooldownSeconds < 0 || policy.scaleOutCooldownSeconds < 0 {
                errors.append("\(label): policy \(policy.name) has a negative cooldown.")
            }
        }
        return errors
    }
}
