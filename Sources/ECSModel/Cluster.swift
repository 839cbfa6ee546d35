public struct Cluster: Hashable, Sendable, Identifiable {
    public var name: String
    public var arn: String
    public var status: String
    public var registeredContainerInstancesCount: Int
    /// Tasks whose lastStatus is RUNNING.
    public var runningTasksCount: Int
    /// Tasks whose lastStatus is PENDING.
    public var pendingTasksCount: Int
    public var activeServicesCount: Int
    public var capacityProviders: [String]
    public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]

    public var id: String { name }

    public init(
        name: String, arn: String, status: String = "ACTIVE", registeredContainerInstancesCount: Int = 0,
        runningTasksCount: Int = 0, pendingTasksCount: Int = 0, activeServicesCount: Int = 0,
        capacityProviders: [String] = [], defaultCapacityProviderStrategy: [CapacityProviderStrategyItem] = []
    ) {
        self.capacityProviders = capacityProviders
        self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
        self.name = name
        self.arn = arn
        self.status = status
        self.registeredContainerInstancesCount = registeredContainerInstancesCount
        self.runningTasksCount = runningTasksCount
        self.pendingTasksCount = pendingTasksCount
        self.activeServicesCount = activeServicesCount
    }
}
