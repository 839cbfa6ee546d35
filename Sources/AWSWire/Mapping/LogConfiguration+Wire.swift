import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.LogConfiguration {
    public init(_ configuration: LogConfiguration) {
        self.init(
            logDriver: ECSShapes.LogDriver(rawValue: configuration.logDriver),
            options: configuration.options.isEmpty ? nil : configuration.options)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension LogConfiguration {
    public init(described shape: ECSShapes.LogConfiguration) {
        self.init(logDriver: shape.logDriver?.rawValue ?? "", options: shape.options ?? [:])
    }
}
