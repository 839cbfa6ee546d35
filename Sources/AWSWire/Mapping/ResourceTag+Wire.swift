import ECSModel

// MARK: Request shape → ECSModel

extension ResourceTag {
    /// A tag without a value has the empty one. The rules (length, `aws:`) are `ResourceTag.validate`'s.
    public static func requested(_ shape: ECSShapes.Tag) throws(ECSError) -> Self {
        return Self(key: try RequestMember.required(shape.key, "key"), value: shape.value ?? "")
    }

    /// A `tags` member, nil when absent.
    public static func list(_ shapes: [ECSShapes.Tag]?) throws(ECSError) -> [ResourceTag]? {
        guard let shapes else { return nil }
        var tags: [ResourceTag] = []
        for shape in shapes { tags.append(try ResourceTag.requested(shape)) }
        return tags
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.Tag {
    public init(_ tag: ResourceTag) {
        self.init(key: tag.key, value: tag.value)
    }
}
