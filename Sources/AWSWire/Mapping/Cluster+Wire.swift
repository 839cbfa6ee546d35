import ECSModel

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
