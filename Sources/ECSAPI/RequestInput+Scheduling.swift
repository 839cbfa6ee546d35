import ECSModel

/// The members CreateService and RunTask share: how tasks are placed, on what capacity, behind which
/// target groups, in which network. Shapes are checked here; what they mean is the simulator's to judge.
extension RequestInput {
    func placementStrategies() throws(ECSError) -> [PlacementStrategy] {
        try (structures("placementStrategy") ?? []).map { (item: RequestInput) throws(ECSError) -> PlacementStrategy in
            guard let type = try item.enumeration("type", PlacementStrategy.Kind.self) else {
                throw Self.missing("placementStrategy.type")
            }
            return PlacementStrategy(type: type, field: try item.string("field"))
        }
    }

    func placementConstraints() throws(ECSError) -> [PlacementConstraint] {
        try (structures("placementConstraints") ?? []).map { (item: RequestInput) throws(ECSError) -> PlacementConstraint in
            guard let type = try item.enumeration("type", PlacementConstraint.Kind.self) else {
                throw Self.missing("placementConstraints.type")
            }
            return PlacementConstraint(type: type, expression: try item.string("expression"))
        }
    }

    /// `capacityProviderStrategy`, or another member of that shape; ECS's defaults when a member is
    /// absent: weight 0, base 0. The simulator checks the rules (`CapacityProviderStrategyRules`).
    func capacityProviderStrategy(
        _ key: String = "capacityProviderStrategy"
    ) throws(ECSError) -> [CapacityProviderStrategyItem] {
        try (structures(key) ?? []).map {
            (item: RequestInput) throws(ECSError) -> CapacityProviderStrategyItem in
            let weight = try item.integer("weight") ?? 0
            let base = try item.integer("base") ?? 0
            return CapacityProviderStrategyItem(
                capacityProvider: try item.requiredString("capacityProvider"), weight: weight, base: base)
        }
    }

    /// Application Load Balancer target groups; Classic Load Balancers (`loadBalancerName`) do not exist
    /// in the simulation.
    func loadBalancers() throws(ECSError) -> [LoadBalancer] {
        try (structures("loadBalancers") ?? []).map { (item: RequestInput) throws(ECSError) -> LoadBalancer in
            if try item.string("loadBalancerName") != nil {
                throw .client("ecstop simulates Application Load Balancers only: give targetGroupArn, not loadBalancerName.")
            }
            guard let port = try item.integer("containerPort") else { throw Self.missing("loadBalancers.containerPort") }
            return LoadBalancer(
                targetGroupARN: try item.requiredString("targetGroupArn"),
                containerName: try item.requiredString("containerName"), containerPort: port)
        }
    }

    /// `networkConfiguration.awsvpcConfiguration`, checked as ECS checks it: required for a task definition
    /// in awsvpc mode (every Fargate one), refused for the others. `networkMode` is the definition's, nil
    /// when it is not found (the simulator refuses that). A service keeps and echoes it; the simulation
    /// gives awsvpc tasks their ENIs and addresses itself, so it places nothing. The dashboard and
    /// scenarios, which give none, are not held to this API rule.
    func networkConfiguration(
        networkMode: NetworkMode?, launchType: LaunchType?
    ) throws(ECSError) -> AwsVpcConfiguration? {
        guard let network = try structure("networkConfiguration") else {
            if networkMode == .awsvpc {
                throw .invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.")
            }
            return nil
        }
        if let networkMode, networkMode != .awsvpc {
            throw .invalidParameter("Network Configuration is not valid for the given networkMode of this task definition.")
        }
        guard let awsvpc = try network.structure("awsvpcConfiguration") else {
            throw Self.missing("networkConfiguration.awsvpcConfiguration")
        }
        guard let subnets = try awsvpc.strings("subnets"), !subnets.isEmpty else {
            throw .invalidParameter("subnets can not be empty.")
        }
        guard subnets.count <= 16 else { throw .invalidParameter("subnets can have at most 16 items.") }
        let securityGroups = try awsvpc.strings("securityGroups") ?? []
        guard securityGroups.count <= 5 else { throw .invalidParameter("securityGroups can have at most 5 items.") }
        // Ids as EC2 writes them; whether they exist is the VPC's business, which is not simulated.
        for (id, prefix) in subnets.map({ ($0, "subnet-") }) + securityGroups.map({ ($0, "sg-") })
        where !id.hasPrefix(prefix) || id.count == prefix.count {
            throw .invalidParameter("The \(prefix == "sg-" ? "security group" : "subnet") ID '\(id)' is malformed.")
        }
        let assign = try awsvpc.string("assignPublicIp") ?? "DISABLED"
        guard ["ENABLED", "DISABLED"].contains(assign) else {
            throw .invalidParameter("\(assign) is not a valid value for assignPublicIp.")
        }
        if assign == "ENABLED", launchType == .ec2 {
            throw .invalidParameter("Assign public IP is not supported for this launch type.")
        }
        return AwsVpcConfiguration(subnets: subnets, securityGroups: securityGroups, assignPublicIp: assign == "ENABLED")
    }
}
