import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.ContainerDefinition {
    /// Every member the model has; lists that are empty and a cpu of 0 (ECS's defaults) are left out.
    public init(_ container: ContainerDefinition) {
        self.init(
            name: container.name, image: container.image, cpu: container.cpu == 0 ? nil : container.cpu,
            memory: container.memory, memoryReservation: container.memoryReservation,
            portMappings: container.portMappings.nonEmpty?.map(ECSShapes.PortMapping.init),
            essential: container.essential, entryPoint: container.entryPoint.nonEmpty,
            command: container.command.nonEmpty,
            environment: container.environment.nonEmpty?.map(ECSShapes.KeyValuePair.init),
            logConfiguration: container.logConfiguration.map(ECSShapes.LogConfiguration.init),
            healthCheck: container.healthCheck.map(ECSShapes.HealthCheck.init))
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension ContainerDefinition {
    /// Lenient, unlike a request's: a registered definition may use what the model leaves out.
    public init(described shape: ECSShapes.ContainerDefinition) {
        self.init(
            name: shape.name ?? "", image: shape.image ?? "", cpu: shape.cpu ?? 0, memory: shape.memory,
            memoryReservation: shape.memoryReservation,
            portMappings: (shape.portMappings ?? []).compactMap(PortMapping.init(described:)),
            essential: shape.essential ?? true,
            environment: (shape.environment ?? []).map { KeyValuePair(name: $0.name ?? "", value: $0.value ?? "") },
            command: shape.command ?? [], entryPoint: shape.entryPoint ?? [],
            logConfiguration: shape.logConfiguration.map(LogConfiguration.init(described:)),
            healthCheck: shape.healthCheck.flatMap(ContainerHealthCheck.init(described:)))
    }
}
