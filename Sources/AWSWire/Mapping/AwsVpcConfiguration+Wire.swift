import ECSModel

// MARK: Request shape → ECSModel

extension AwsVpcConfiguration {
    /// `networkConfiguration.awsvpcConfiguration`, checked as ECS checks it: required for a task
    /// definition in awsvpc mode (every Fargate one), refused for the others. `networkMode` is the
    /// definition's, nil when it is not found (the simulator refuses that). A service keeps and echoes
    /// it; the simulation gives awsvpc tasks their ENIs and addresses itself, so it places nothing. The
    /// dashboard and scenarios, which give none, are not held to this API rule.
    public static func checked(
        _ network: ECSShapes.NetworkConfiguration?, networkMode: NetworkMode?, launchType: LaunchType?
    ) throws(ECSError) -> AwsVpcConfiguration? {
        guard let network else {
            if networkMode == .awsvpc {
                throw .invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.")
            }
            return nil
        }
        if let networkMode, networkMode != .awsvpc {
            throw .invalidParameter("Network Configuration is not valid for the given networkMode of this task definition.")
        }
        let awsvpc = try RequestMember.required(network.awsvpcConfiguration, "networkConfiguration.awsvpcConfiguration")
        guard let subnets = awsvpc.subnets, !subnets.isEmpty else {
            throw .invalidParameter("subnets can not be empty.")
        }
        guard subnets.count <= 16 else { throw .invalidParameter("subnets can have at most 16 items.") }
        let securityGroups = awsvpc.securityGroups ?? []
        guard securityGroups.count <= 5 else { throw .invalidParameter("securityGroups can have at most 5 items.") }
        // Ids as EC2 writes them; whether they exist is the VPC's business, which is not simulated.
        for (id, prefix) in subnets.map({ ($0, "subnet-") }) + securityGroups.map({ ($0, "sg-") })
        where !id.hasPrefix(prefix) || id.count == prefix.count {
            throw .invalidParameter("The \(prefix == "sg-" ? "security group" : "subnet") ID '\(id)' is malformed.")
        }
        let assignPublicIp: Bool
        switch awsvpc.assignPublicIp ?? .disabled {
        case .enabled: assignPublicIp = true
        case .disabled: assignPublicIp = false
        case .unknown(let value): throw .invalidParameter("\(value) is not a valid value for assignPublicIp.")
        }
        if assignPublicIp, launchType == .ec2 {
            throw .invalidParameter("Assign public IP is not supported for this launch type.")
        }
        return AwsVpcConfiguration(subnets: subnets, securityGroups: securityGroups, assignPublicIp: assignPublicIp)
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.NetworkConfiguration {
    /// As a service and its deployments show it.
    public init(_ configuration: AwsVpcConfiguration) {
        self.init(awsvpcConfiguration: ECSShapes.AwsVpcConfiguration(
            subnets: configuration.subnets, securityGroups: configuration.securityGroups,
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
