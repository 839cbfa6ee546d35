/// One entry of a capacity provider strategy: tasks split by weight after `base` go to the first.
public struct CapacityProviderStrategyItem: Hashable, Sendable {
    public var capacityProvider: String
    public var weight: Int
    public var base: Int

    public init(capacityProvider: String, weight: Int = 1, base: Int = 0) {
        self.capacityProvider = capacityProvider
        self.weight = weight
        self.base = base
    }
}
