import ECSModel

// MARK: ECSModel → request shape

extension ECSShapes.CreateClusterRequest {
    public init(_ creation: ClusterCreation) {
        self.init(
            clusterName: creation.clusterName, capacityProviders: creation.capacityProviders.nonEmpty,
            defaultCapacityProviderStrategy: creation.defaultCapacityProviderStrategy.nonEmpty?
                .map(ECSShapes.CapacityProviderStrategyItem.init))
    }
}
