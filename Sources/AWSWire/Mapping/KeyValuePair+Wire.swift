import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.KeyValuePair {
    public init(_ pair: KeyValuePair) {
        self.init(name: pair.name, value: pair.value)
    }
}
