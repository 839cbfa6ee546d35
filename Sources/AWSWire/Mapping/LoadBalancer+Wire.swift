import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.LoadBalancer {
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
