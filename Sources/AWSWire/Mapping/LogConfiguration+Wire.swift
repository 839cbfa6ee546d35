import ECSModel

// MARK: Request shape → ECSModel

extension LogConfiguration {
    /// The driver and its options as given: the simulation reads `awslogs-*` and keeps the rest.
    public static func requested(_ shape: ECSShapes.LogConfiguration) throws(ECSError) -> Self {
        try RequestMember.refuseUnmodelled(shape, keeping: ["logDriver", "options"], in: "logConfiguration")
        let driver = try RequestMember.required(shape.logDriver, "logDriver")
        if case .unknown(let value) = driver { throw .invalidParameter("\(value) is not a valid value for logDriver.") }
        return Self(logDriver: driver.rawValue, options: shape.options ?? [:])
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.LogConfiguration {
    /// Options go out sorted by name (`ShapeJSONEncoder` sorts map keys).
    public init(_ configuration: LogConfiguration) {
        self.init(logDriver: ECSShapes.LogDriver(rawValue: configuration.logDriver), options: configuration.options)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension LogConfiguration {
    public init(described shape: ECSShapes.LogConfiguration) {
        self.init(logDriver: shape.logDriver?.rawValue ?? "", options: shape.options ?? [:])
    }
}
