// The describe view's JSON of a cluster, service, task or instance (the API server answers from AWSWire's
// shapes). Member names and their order come from the ECS API model that botocore ships
// (`botocore/data/ecs/2014-11-13/service-2.json.gz`). Only what the simulator models is emitted, plus
// the empty lists ECS always sends; what ECS only returns on request (`include: SETTINGS, TAGS,
// ATTACHMENTS, STATISTICS` content, `tags`) is left out.

extension Cluster {
    /// The cluster as DescribeClusters returns it (shape `Cluster`).
    public var apiRepresentation: JSONValue {
        .object(omittingAbsent: [
            "clusterArn": .string(arn),
            "clusterName": .string(name),
            "status": .string(status),
            "registeredContainerInstancesCount": .integer(registeredContainerInstancesCount),
            "runningTasksCount": .integer(runningTasksCount),
            "pendingTasksCount": .integer(pendingTasksCount),
            "activeServicesCount": .integer(activeServicesCount),
            "statistics": .array([]),
            "capacityProviders": .array(capacityProviders.map(JSONValue.string)),
            "defaultCapacityProviderStrategy": .array(defaultCapacityProviderStrategy.map(\.apiRepresentation)),
        ])
    }
}

extension CapacityProviderStrategyItem {
    /// Shape `CapacityProviderStrategyItem`.
    public var apiRepresentation: JSONValue {
        .object([.init("capacityProvider", .string(capacityProvider)), .init("weight", .integer(weight)),
                 .init("base", .integer(base))])
    }
}
