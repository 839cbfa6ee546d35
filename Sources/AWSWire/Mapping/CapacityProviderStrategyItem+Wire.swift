import ECSModel

// MARK: Request shape → ECSModel

extension CapacityProviderStrategyItem {
    /// ECS's defaults when a member is absent: weight 0, base 0. The simulator checks the rules
    /// (`CapacityProviderStrategyRules`).
    public static func requested(_ shape: ECSShapes.CapacityProviderStrategyItem) throws(ECSError) -> Self {
        return Self(
            capacityProvider: try RequestMember.required(shape.capacityProvider, "capacityProvider"),
            weight: shape.weight ?? 0, base: shape.base ?? 0)
    }

    public static func list(_ shapes: [ECSShapes.CapacityProviderStrategyItem]?) throws(ECSError) -> [CapacityProviderStrategyItem] {
        var items: [CapacityProviderStrategyItem] = []
        for shape in shapes ?? [] { items.append(try CapacityProviderStrategyItem.requested(shape)) }
        return items
    }
}

// MARK: ECSModel → response shape

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
