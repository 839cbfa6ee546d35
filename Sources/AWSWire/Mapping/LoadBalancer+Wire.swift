import ECSModel

// MARK: Request shape → ECSModel

extension LoadBalancer {
    /// Application Load Balancer target groups; Classic Load Balancers (`loadBalancerName`) do not exist
    /// in the simulation.
    public static func requested(_ shape: ECSShapes.LoadBalancer) throws(ECSError) -> Self {
        if shape.loadBalancerName != nil {
            throw .client("ecstop simulates Application Load Balancers only: give targetGroupArn, not loadBalancerName.")
        }
        try RequestMember.refuseUnmodelled(
            shape, keeping: ["targetGroupArn", "containerName", "containerPort"], in: "loadBalancers")
        return Self(
            targetGroupARN: try RequestMember.required(shape.targetGroupArn, "targetGroupArn"),
            containerName: try RequestMember.required(shape.containerName, "containerName"),
            containerPort: try RequestMember.required(shape.containerPort, "loadBalancers.containerPort"))
    }

    public static func list(_ shapes: [ECSShapes.LoadBalancer]?) throws(ECSError) -> [LoadBalancer] {
        var balancers: [LoadBalancer] = []
        for shape in shapes ?? [] { balancers.append(try LoadBalancer.requested(shape)) }
        return balancers
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.LoadBalancer {
    /// Target-group form only, as ALBs use it.
    public init(_ balancer: LoadBalancer) {
        self.init(
            targetGroupArn: balancer.targetGroupARN, containerName: balancer.containerName,
            containerPort: balancer.containerPort)
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension LoadBalancer {
    /// A Classic Load Balancer (no target group) shows with an empty target group ARN.
    public init(described shape: ECSShapes.LoadBalancer) {
        self.init(
            targetGroupARN: shape.targetGroupArn ?? "", containerName: shape.containerName ?? "",
            containerPort: shape.containerPort ?? 0)
    }
}
