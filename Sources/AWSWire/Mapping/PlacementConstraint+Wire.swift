import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.PlacementConstraint {
    public init(_ constraint: PlacementConstraint) {
        self.init(type: ECSShapes.PlacementConstraintType(rawValue: constraint.type.rawValue), expression: constraint.expression)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension PlacementConstraint {
    /// nil for a type the model does not know.
    public init?(described shape: ECSShapes.PlacementConstraint) {
        guard let type = shape.type.flatMap({ Kind(rawValue: $0.rawValue) }) else { return nil }
        self.init(type: type, expression: shape.expression)
    }
}
