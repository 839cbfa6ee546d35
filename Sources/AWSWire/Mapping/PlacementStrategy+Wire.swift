import ECSModel

// MARK: Request shape → ECSModel

extension PlacementStrategy {
    /// The type is checked here; whether its field fits the type is the simulator's to judge.
    public static func requested(_ shape: ECSShapes.PlacementStrategy) throws(ECSError) -> Self {
        let type = try RequestMember.required(
            RequestMember.value(shape.type, "placementStrategy.type", as: Kind.self), "placementStrategy.type")
        return Self(type: type, field: shape.field)
    }

    public static func list(_ shapes: [ECSShapes.PlacementStrategy]?) throws(ECSError) -> [PlacementStrategy] {
        var strategies: [PlacementStrategy] = []
        for shape in shapes ?? [] { strategies.append(try PlacementStrategy.requested(shape)) }
        return strategies
    }
}

// MARK: ECSModel → response shape

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
