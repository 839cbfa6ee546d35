import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.Failure {
    /// What a command could not do for one resource (RunTask's placement failures).
    public init(_ failure: CommandOutcome.Failure) {
        self.init(arn: failure.arn, reason: failure.reason)
    }

    /// A describe call's resource that is not there.
    public static func missing(_ arn: String) -> ECSShapes.Failure {
        ECSShapes.Failure(arn: arn, reason: "MISSING")
    }
}
