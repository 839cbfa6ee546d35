import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.PlacementStrategy {
    public init(_ strategy: PlacementStrategy) {
        self.init(type: ECSShapes.PlacementStrategyType(rawValue: strategy.type.rawValue), field: strategy.field)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension PlacementStrategy {
    /// nil for a type the model does not know.
    public init?(described shape: ECSShapes.PlacementStrategy) {
        guard let type = shape.type.flatMap({ Kind(rawValue: $0.rawValue) }) else { return nil }
        self.init(type: type, field: shape.field)
    }
}
