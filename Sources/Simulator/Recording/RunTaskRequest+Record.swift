import Foundation

// RunTask's input as a recording writes it. Strategies, constraints and capacity provider items are
// Codable ECSModel values themselves: their members are the record's keys.

extension RunTaskRequest {
    struct Record: Codable {
        var cluster: String
        var taskDefinition: String
        var count: Int
        var launchType: RawValueCoded<LaunchType>?
        var capacityProviderStrategy: [CapacityProviderStrategyItem]
        var group: String?
        var startedBy: String?
        var placementStrategy: [PlacementStrategy]
        var placementConstraints: [PlacementConstraint]
        // Written only when not the default, and absent from older recordings: nil means the default.
        var propagateTags: RawValueCoded<PropagateTags>?
        var enableECSManagedTags: Bool?
        var enableExecuteCommand: Bool?

        init(_ request: RunTaskRequest) {
            cluster = request.cluster
            taskDefinition = request.taskDefinition
            count = request.count
            launchType = request.launchType.map(RawValueCoded.init)
            capacityProviderStrategy = request.capacityProviderStrategy
            group = request.group
            startedBy = request.startedBy
            placementStrategy = request.placementStrategy
            placementConstraints = request.placementConstraints
            propagateTags = request.propagateTags == .none ? nil : RawValueCoded(request.propagateTags)
            enableECSManagedTags = request.enableECSManagedTags ? true : nil
            enableExecuteCommand = request.enableExecuteCommand ? true : nil
        }

        var value: RunTaskRequest {
            RunTaskRequest(
                cluster: cluster, taskDefinition: taskDefinition, count: count, launchType: launchType?.value,
                capacityProviderStrategy: capacityProviderStrategy, group: group, startedBy: startedBy,
                placementStrategy: placementStrategy, placementConstraints: placementConstraints,
                propagateTags: propagateTags?.value ?? .none, enableECSManagedTags: enableECSManagedTags ?? false,
                enableExecuteCommand: enableExecuteCommand ?? false)
        }
    }
}
