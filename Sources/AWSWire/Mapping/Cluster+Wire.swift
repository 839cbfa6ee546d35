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

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Cluster {
    /// Counts an endpoint leaves out are zero, as ECS means by leaving them out.
    public init(described shape: ECSShapes.Cluster) {
        let arn = shape.clusterArn ?? ""
        self.init(
            name: shape.clusterName ?? arn.arnResourceID, arn: arn, status: shape.status ?? "ACTIVE",
            registeredContainerInstancesCount: shape.registeredContainerInstancesCount ?? 0,
            runningTasksCount: shape.runningTasksCount ?? 0, pendingTasksCount: shape.pendingTasksCount ?? 0,
            activeServicesCount: shape.activeServicesCount ?? 0, capacityProviders: shape.capacityProviders ?? [],
            defaultCapacityProviderStrategy: (shape.defaultCapacityProviderStrategy ?? [])
                .map(CapacityProviderStrategyItem.init(described:)))
    }
}
