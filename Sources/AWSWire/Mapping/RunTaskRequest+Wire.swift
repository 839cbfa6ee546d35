import ECSModel

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
