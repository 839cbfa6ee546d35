import ECSModel

// MARK: Request shape → ECSModel

extension RunTaskRequest {
    /// RunTask's members the simulation models. `cluster` is the local name the caller resolved;
    /// `networkMode` the task definition's: RunTask's tasks show their ENIs, the configuration itself is
    /// only checked. The simulated containers run what their definition says: `overrides` is refused.
    public init(_ request: ECSShapes.RunTaskRequest, cluster: String, networkMode: NetworkMode?) throws(ECSError) {
        try RequestMember.refuseUnmodelled(request, keeping: Self.modelledMembers, in: "RunTask")
        try RequestMember.checkPlatformVersion(request.platformVersion)
        let taskDefinition = try RequestMember.required(request.taskDefinition, "taskDefinition")
        let count = request.count ?? 1
        guard (1...10).contains(count) else { throw .invalidParameter("count must be between 1 and 10.") }
        let launchType = try RequestMember.value(request.launchType, "launchType", as: LaunchType.self)
        _ = try AwsVpcConfiguration.checked(request.networkConfiguration, networkMode: networkMode, launchType: launchType)
        let capacityProviderStrategy = try CapacityProviderStrategyItem.list(request.capacityProviderStrategy)
        let placementStrategy = try PlacementStrategy.list(request.placementStrategy)
        let placementConstraints = try PlacementConstraint.list(request.placementConstraints)
        if let startedBy = request.startedBy, !ResourceNameRule.isValid(startedBy, maximumLength: 128) {
            throw .invalidParameter("startedBy: up to 128 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.")
        }
        if let group = request.group, group.isEmpty || group.utf8.count > 255 {
            throw .invalidParameter("group must be between 1 and 255 characters long.")
        }
        self.init(
            cluster: cluster, taskDefinition: taskDefinition, count: count, launchType: launchType,
            capacityProviderStrategy: capacityProviderStrategy, group: request.group, startedBy: request.startedBy,
            placementStrategy: placementStrategy, placementConstraints: placementConstraints,
            propagateTags: try RequestMember.value(request.propagateTags, "propagateTags") ?? .none,
            enableECSManagedTags: request.enableECSManagedTags ?? false,
            enableExecuteCommand: request.enableExecuteCommand ?? false)
    }

    /// `clientToken` is botocore's idempotency token, sent with every call: taken, not kept (a retry
    /// runs new tasks, where ECS would answer the first call's).
    static let modelledMembers: Set<String> = [
        "platformVersion",
        "capacityProviderStrategy", "cluster", "count", "enableECSManagedTags", "enableExecuteCommand", "group",
        "launchType", "networkConfiguration", "placementConstraints", "placementStrategy", "propagateTags",
        "startedBy", "tags", "taskDefinition", "clientToken",
    ]
}

// MARK: ECSModel → request shape

extension ECSShapes.RunTaskRequest {
    /// Every member the model has; those at ECS's default are left out.
    public init(_ request: ECSModel.RunTaskRequest) {
        self.init(
            capacityProviderStrategy: request.capacityProviderStrategy.nonEmpty?.map(ECSShapes.CapacityProviderStrategyItem.init),
            cluster: request.cluster, count: request.count,
            enableECSManagedTags: request.enableECSManagedTags ? true : nil,
            enableExecuteCommand: request.enableExecuteCommand ? true : nil, group: request.group,
            launchType: request.launchType.map { ECSShapes.LaunchType(rawValue: $0.rawValue) },
            placementConstraints: request.placementConstraints.nonEmpty?.map(ECSShapes.PlacementConstraint.init),
            placementStrategy: request.placementStrategy.nonEmpty?.map(ECSShapes.PlacementStrategy.init),
            propagateTags: request.propagateTags == .none ? nil : ECSShapes.PropagateTags(rawValue: request.propagateTags.rawValue),
            startedBy: request.startedBy, taskDefinition: request.taskDefinition)
    }
}
