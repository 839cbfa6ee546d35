import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.CapacityProviderStrategyItem {
    public init(_ item: CapacityProviderStrategyItem) {
        self.init(capacityProvider: item.capacityProvider, weight: item.weight, base: item.base)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension CapacityProviderStrategyItem {
    /// ECS's defaults (weight 0 when described, base 0) for what an endpoint leaves out.
    public init(described shape: ECSShapes.CapacityProviderStrategyItem) {
        self.init(capacityProvider: shape.capacityProvider ?? "", weight: shape.weight ?? 0, base: shape.base ?? 0)
    }
}
