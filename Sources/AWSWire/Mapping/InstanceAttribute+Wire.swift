import ECSModel

// MARK: Request shape → ECSModel

extension InstanceAttribute {
    /// The target type of container instances, the only one ECS's attributes have.
    public static let containerInstanceTarget = "container-instance"

    /// One of PutAttributes' or DeleteAttributes' `attributes`. A short `targetId` needs `targetType`, as
    /// the model says; values are checked here only for being given empty (absent means a name-only
    /// attribute). DeleteAttributes (`withValue` false) matches by name and drops the value.
    public init(_ shape: ECSShapes.Attribute, withValue: Bool) throws(ECSError) {
        let name = try RequestMember.required(shape.name, "name")
        let target = try RequestMember.required(shape.targetId, "attributes.targetId")
        switch shape.targetType {
        case nil:
            if !target.hasPrefix("arn:") {
                throw .invalidParameter("targetType is required when targetId is not an ARN.")  // wording not confirmed
            }
        case .containerInstance?: break
        case .unknown?: throw .invalidParameter("targetType must be \(Self.containerInstanceTarget).")
        }
        let value = withValue ? shape.value : nil
        if value == "" { throw .invalidParameter("Attribute value must be between 1 and 128 characters.") }
        self.init(name: name, value: value ?? "", targetID: target)
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.Attribute {
    /// A name-only attribute (a capability) has no value in ECS.
    public init(_ attribute: InstanceAttribute) {
        self.init(
            name: attribute.name, value: attribute.value.isEmpty ? nil : attribute.value, targetType: .containerInstance,
            targetId: attribute.targetID)
    }
}
