import ECSModel

// MARK: Request shape → ECSModel

extension PlacementConstraint {
    /// The type is checked here; the expression is the simulator's to parse.
    public static func requested(_ shape: ECSShapes.PlacementConstraint) throws(ECSError) -> Self {
        let type = try RequestMember.required(
            RequestMember.value(shape.type, "placementConstraints.type", as: Kind.self), "placementConstraints.type")
        return Self(type: type, expression: shape.expression)
    }

    public static func list(_ shapes: [ECSShapes.PlacementConstraint]?) throws(ECSError) -> [PlacementConstraint] {
        var constraints: [PlacementConstraint] = []
        for shape in shapes ?? [] { constraints.append(try PlacementConstraint.requested(shape)) }
        return constraints
    }
}

// MARK: ECSModel → response shape

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
