/// One entry of a capacity provider strategy: tasks split by weight after `base` go to the first.
public struct CapacityProviderStrategyItem: Hashable, Sendable, Codable {
    public var capacityProvider: String
    public var weight: Int
    public var base: Int

    public init(capacityProvider: String, weight: Int = 1, base: Int = 0) {
        self.capacityProvider = capacityProvider
        self.weight = weight
        self.base = base
    }
}

extension CapacityProviderStrategyItem {
    /// The providers every account has, in ECS's order: the only ones a cluster made through the API can name.
    public static let fargateProviders = ["FARGATE", "FARGATE_SPOT"]
}
