import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.Attribute {
    /// An empty value is a name-only attribute (a capability): left out, as ECS refuses an empty one. The
    /// target type is given whenever the target is an id rather than an ARN, as ECS requires.
    public init(_ attribute: InstanceAttribute) {
        self.init(
            name: attribute.name, value: attribute.value.isEmpty ? nil : attribute.value,
            targetType: attribute.targetID.hasPrefix("arn:") ? nil : .containerInstance, targetId: attribute.targetID)
    }
}
