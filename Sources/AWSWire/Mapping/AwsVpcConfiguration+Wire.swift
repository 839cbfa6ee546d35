import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.NetworkConfiguration {
    public init(_ configuration: AwsVpcConfiguration) {
        self.init(awsvpcConfiguration: ECSShapes.AwsVpcConfiguration(
            subnets: configuration.subnets, securityGroups: configuration.securityGroups.nonEmpty,
            assignPublicIp: configuration.assignPublicIp ? .enabled : .disabled))
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension AwsVpcConfiguration {
    /// nil when the endpoint gives no awsvpc configuration.
    public init?(described shape: ECSShapes.NetworkConfiguration?) {
        guard let awsvpc = shape?.awsvpcConfiguration else { return nil }
        self.init(
            subnets: awsvpc.subnets ?? [], securityGroups: awsvpc.securityGroups ?? [],
            assignPublicIp: awsvpc.assignPublicIp == .enabled)
    }
}
