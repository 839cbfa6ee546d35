import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.CapacityProvider {
    /// An Auto Scaling group provider, whose group `autoScalingGroupARN` names. Managed termination
    /// protection is ENABLED with managed scaling: the simulation's scale-in only ever removes idle
    /// instances. Without managed scaling ECS still shows the settings, DISABLED, with its defaults.
    public init(_ provider: CapacityProvider, autoScalingGroupARN: String) {
        let enabled = provider.managedScaling?.enabled == true
        let scaling = provider.managedScaling ?? CapacityProvider.ManagedScaling(enabled: false)
        self.init()
        capacityProviderArn = provider.arn
        name = provider.name
        status = ECSShapes.CapacityProviderStatus(rawValue: provider.status)
        autoScalingGroupProvider = ECSShapes.AutoScalingGroupProvider(
            autoScalingGroupArn: autoScalingGroupARN,
            managedScaling: ECSShapes.ManagedScaling(
                status: enabled ? .enabled : .disabled, targetCapacity: scaling.targetCapacity,
                minimumScalingStepSize: scaling.minimumScalingStepSize,
                maximumScalingStepSize: scaling.maximumScalingStepSize, instanceWarmupPeriod: scaling.instanceWarmupPeriod),
            managedTerminationProtection: enabled ? .enabled : .disabled)
    }

    /// FARGATE or FARGATE_SPOT, which every account has.
    public init(fargate name: String, arn: String) {
        self.init()
        capacityProviderArn = arn
        self.name = name
        status = .active
    }
}
