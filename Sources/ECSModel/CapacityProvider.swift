/// Capacity for tasks: an Auto Scaling group with managed scaling, or Fargate.
public struct CapacityProvider: Hashable, Sendable, Identifiable {
    public var name: String
    public var arn: String
    public var status: String
    /// nil for FARGATE and FARGATE_SPOT.
    public var autoScalingGroupName: String?
    public var managedScaling: ManagedScaling?
    /// CapacityProviderReservation: instances needed ÷ instances running × 100 (the metric managed
    /// scaling tracks against `targetCapacity`).
    public var reservation: Double

    public var id: String { name }

    public init(
        name: String, arn: String, status: String = "ACTIVE", autoScalingGroupName: String? = nil,
        managedScaling: ManagedScaling? = nil, reservation: Double = 0
    ) {
        self.name = name
        self.arn = arn
        self.status = status
        self.autoScalingGroupName = autoScalingGroupName
        self.managedScaling = managedScaling
        self.reservation = reservation
    }

    public var isFargate: Bool { autoScalingGroupName == nil }

    public struct ManagedScaling: Hashable, Sendable {
        public var enabled: Bool
        /// 1…100: the reservation to hold; below 100 keeps spare instances.
        public var targetCapacity: Int
        public var minimumScalingStepSize: Int
        public var maximumScalingStepSize: Int
        public var instanceWarmupPeriod: Int

        public init(
            enabled: Bool = true, targetCapacity: Int = 100, minimumScalingStepSize: Int = 1,
            maximumScalingStepSize: Int = 10_000, instanceWarmupPeriod: Int = 300
        ) {
            self.enabled = enabled
            self.targetCapacity = targetCapacity
            self.minimumScalingStepSize = minimumScalingStepSize
            self.maximumScalingStepSize = maximumScalingStepSize
            self.instanceWarmupPeriod = instanceWarmupPeriod
        }
    }
}
