import Foundation

// RunTask's input as a recording writes it, with the placement and capacity provider choices that
// RunTask and CreateService share.

extension RunTaskRequest {
    struct Record: Codable {
        var cluster: String
        var taskDefinition: String
        var count: Int
        var launchType: RawValueCoded<LaunchType>?
        var capacityProviderStrategy: [CapacityProviderStrategyItem.Record]
        var group: String?
        var startedBy: String?
        var placementStrategy: [PlacementStrategy.Record]
        var placementConstraints: [PlacementConstraint.Record]
        // Written only when not the default, and absent from older recordings: nil means the default.
        var propagateTags: RawValueCoded<PropagateTags>?
        var enableECSManagedTags: Bool?
        var enableExecuteCommand: Bool?

        init(_ request: RunTaskRequest) {
            cluster = request.cluster
            taskDefinition = request.taskDefinition
            count = request.count
            launchType = request.launchType.map(RawValueCoded.init)
            capacityProviderStrategy = request.capacityProviderStrategy.map(CapacityProviderStrategyItem.Record.init)
            group = request.group
            startedBy = request.startedBy
            placementStrategy = request.placementStrategy.map(PlacementStrategy.Record.init)
            placementConstraints = request.placementConstraints.map(PlacementConstraint.Record.init)
            propagateTags = request.propagateTags == .none ? nil : RawValueCoded(request.propagateTags)
            enableECSManagedTags = request.enableECSManagedTags ? true : nil
            enableExecuteCommand = request.enableExecuteCommand ? true : nil
        }

        var value: RunTaskRequest {
            RunTaskRequest(
                cluster: cluster, taskDefinition: taskDefinition, count: count, launchType: launchType?.value,
                capacityProviderStrategy: capacityProviderStrategy.map(\.value), group: group, startedBy: startedBy,
                placementStrategy: placementStrategy.map(\.value), placementConstraints: placementConstraints.map(\.value),
                propagateTags: propagateTags?.value ?? .none, enableECSManagedTags: enableECSManagedTags ?? false,
                enableExecuteCommand: enableExecuteCommand ?? false)
        }
    }
}

extension CapacityProviderStrategyItem {
    struct Record: Codable {
        var capacityProvider: String
        var weight: Int
        var base: Int

        init(_ item: CapacityProviderStrategyItem) {
            capacityProvider = item.capacityProvider
            weight = item.weight
            base = item.base
        }

        var value: CapacityProviderStrategyItem {
            CapacityProviderStrategyItem(capacityProvider: capacityProvider, weight: weight, base: base)
        }
    }
}

extension PlacementStrategy {
    struct Record: Codable {
        var type: RawValueCoded<Kind>
        var field: String?

        init(_ strategy: PlacementStrategy) {
            type = RawValueCoded(strategy.type)
            field = strategy.field
        }

        var value: PlacementStrategy { PlacementStrategy(type: type.value, field: field) }
    }
}

extension PlacementConstraint {
    struct Record: Codable {
        var type: RawValueCoded<Kind>
        var expression: String?

        init(_ constraint: PlacementConstraint) {
            type = RawValueCoded(constraint.type)
            expression = constraint.expression
        }

        var value: PlacementConstraint { PlacementConstraint(type: type.value, expression: expression) }
    }
}
