// CreateCluster's input as a recording writes it.

extension ClusterCreation {
    struct Record: Codable {
        var clusterName: String
        var capacityProviders: [String]
        var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]

        init(_ creation: ClusterCreation) {
            clusterName = creation.clusterName
            capacityProviders = creation.capacityProviders
            defaultCapacityProviderStrategy = creation.defaultCapacityProviderStrategy
        }

        var value: ClusterCreation {
            ClusterCreation(
                clusterName: clusterName, capacityProviders: capacityProviders,
                defaultCapacityProviderStrategy: defaultCapacityProviderStrategy)
        }
    }
}
