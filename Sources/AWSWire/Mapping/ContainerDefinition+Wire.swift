import ECSModel

// MARK: Request shape → ECSModel

extension ContainerDefinition {
    /// What the simulated container runs and how it is checked; ECS's defaults (essential, no cpu).
    public static func requested(_ shape: ECSShapes.ContainerDefinition) throws(ECSError) -> Self {
        try RequestMember.refuseUnmodelled(shape, keeping: Self.modelledMembers, in: "containerDefinitions")
        var ports: [PortMapping] = []
        for port in shape.portMappings ?? [] { ports.append(try PortMapping.requested(port)) }
        var environment: [KeyValuePair] = []
        for pair in shape.environment ?? [] {
            environment.append(KeyValuePair(name: try RequestMember.required(pair.name, "name"), value: pair.value ?? ""))
        }
        return Self(
            name: try RequestMember.required(shape.name, "name"), image: try RequestMember.required(shape.image, "image"),
            cpu: shape.cpu ?? 0, memory: shape.memory, memoryReservation: shape.memoryReservation, portMappings: ports,
            essential: shape.essential ?? true, environment: environment, command: shape.command ?? [],
            entryPoint: shape.entryPoint ?? [], logConfiguration: try shape.logConfiguration.map(LogConfiguration.requested),
            healthCheck: try shape.healthCheck.map(ContainerHealthCheck.requested))
    }

    static let modelledMembers: Set<String> = [
        "name", "image", "cpu", "memory", "memoryReservation", "portMappings", "essential", "entryPoint", "command",
        "environment", "logConfiguration", "healthCheck",
    ]
}

// MARK: ECSModel → response shape

extension ECSShapes.ContainerDefinition {
    /// A container of a definition in `networkMode`: in awsvpc mode ECS echoes each mapping's hostPort as
    /// its containerPort.
    public init(_ definition: ContainerDefinition, networkMode: NetworkMode) {
        self.init()
        name = definition.name
        image = definition.image
        cpu = definition.cpu
        memory = definition.memory
        memoryReservation = definition.memoryReservation
        portMappings = definition.portMappings.map { mapping in
            ECSShapes.PortMapping(
                containerPort: mapping.containerPort,
                hostPort: networkMode == .awsvpc ? mapping.containerPort : mapping.hostPort,
                protocol: ECSShapes.TransportProtocol(rawValue: mapping.protocol.rawValue))
        }
        essential = definition.essential
        entryPoint = definition.entryPoint.isEmpty ? nil : definition.entryPoint
        command = definition.command.isEmpty ? nil : definition.command
        environment = definition.environment.map { ECSShapes.KeyValuePair(name: $0.name, value: $0.value) }
        mountPoints = []
        volumesFrom = []
        logConfiguration = definition.logConfiguration.map(ECSShapes.LogConfiguration.init)
        healthCheck = definition.healthCheck.map(ECSShapes.HealthCheck.init)
    }
}

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
