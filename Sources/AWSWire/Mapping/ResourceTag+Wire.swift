import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.Tag {
    public init(_ tag: ResourceTag) {
        self.init(key: tag.key, value: tag.value)
    }
}
