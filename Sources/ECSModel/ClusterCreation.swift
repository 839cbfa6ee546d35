/// CreateCluster's input.
public struct ClusterCreation: Hashable, Sendable {
    public var clusterName: String
    /// Capacity providers to associate: FARGATE and FARGATE_SPOT (no others exist until created).
    public var capacityProviders: [String]
    public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]

    public init(
        clusterName: String, capacityProviders: [String] = [],
        defaultCapacityProviderStrategy: [CapacityProviderStrategyItem] = []
    ) {
        self.clusterName = clusterName
        self.capacityProviders = capacityProviders
        self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
    }
}
