import ECSModel

// MARK: Request shape → ECSModel

extension ClusterCreation {
    /// ECS's `default` cluster when no name is given. Settings, configuration and Service Connect
    /// defaults are not simulated: refused.
    public init(_ request: ECSShapes.CreateClusterRequest) throws(ECSError) {
        try RequestMember.refuseUnmodelled(
            request, keeping: ["clusterName", "tags", "capacityProviders", "defaultCapacityProviderStrategy"],
            in: "CreateCluster")
        self.init(
            clusterName: request.clusterName ?? "default", capacityProviders: request.capacityProviders ?? [],
            defaultCapacityProviderStrategy: try CapacityProviderStrategyItem.list(request.defaultCapacityProviderStrategy))
    }
}

// MARK: ECSModel → request shape

extension ECSShapes.CreateClusterRequest {
    public init(_ creation: ClusterCreation) {
        self.init(
            clusterName: creation.clusterName, capacityProviders: creation.capacityProviders.nonEmpty,
            defaultCapacityProviderStrategy: creation.defaultCapacityProviderStrategy.nonEmpty?
                .map(ECSShapes.CapacityProviderStrategyItem.init))
    }
}
