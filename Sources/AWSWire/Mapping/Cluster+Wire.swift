import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.Cluster {
    /// The cluster as DescribeClusters answers it. Only what the simulation models, plus the empty list
    /// ECS always sends (`statistics`); `tags` only when given (`include: ["TAGS"]`, CreateCluster).
    public init(_ cluster: Cluster, tags: [ResourceTag]? = nil) {
        self.init()
        clusterArn = cluster.arn
        clusterName = cluster.name
        status = cluster.status
        registeredContainerInstancesCount = cluster.registeredContainerInstancesCount
        runningTasksCount = cluster.runningTasksCount
        pendingTasksCount = cluster.pendingTasksCount
        activeServicesCount = cluster.activeServicesCount
        statistics = []
        self.tags = tags.map { $0.map(ECSShapes.Tag.init) }
        capacityProviders = cluster.capacityProviders
        defaultCapacityProviderStrategy = cluster.defaultCapacityProviderStrategy.map(ECSShapes.CapacityProviderStrategyItem.init)
    }
}
