/// RegisterTaskDefinition's validation, with ECS's exception names and messages. The first broken rule
/// is reported, as ECS does. Rules whose exact wording could not be confirmed follow ECS's pattern for
/// the same kind of setting (`Invalid '<field>' setting for container '<name>'.`) and say so below.
///
/// Simplified: container-level CPU and memory are not checked against the task-level values; volumes,
/// roles, log configuration, health checks and environment are accepted as given.
enum TaskDefinitionRules {
    static let containerLimit = 10
    /// ECS's limits for a task-level CPU value on EC2: 0.125 to 192 vCPU.
    static let ec2TaskCPU = 128...196_608
    /// Docker needs at least 6 MiB per container; no instance holds more than the largest EC2 type.
    static let containerMemory = 6...InstanceType.largestResources.memory
    static let containerCPU = 0...InstanceType.largestResources.cpu

    static func validate(_ definition: TaskDefinition) throws(ECSError) {
        try validateFamily(definition.family)
        let containers = definition.containerDefinitions
        guard !containers.isEmpty else { throw .client("Container list cannot be empty.") }
        guard containers.count <= containerLimit else { throw .client("Too many containers.") }
        var names = Set<String>()
        for container in containers {
            guard !container.name.isEmpty else { throw .client("Container.name should not be null or empty.") }
            guard ResourceNameRule.isValid(container.name) else { throw .client("Container.name contains invalid characters.") }
            guard names.insert(container.name).inserted else {
                throw .client("Container names must be unique within a Task Definition.")
            }
            guard !container.image.isEmpty else { throw .client("Container.image should not be null or empty.") }
        }
        let fargate = definition.requiresCompatibilities.contains(.fargate)
        if fargate { try validateFargate(definition) }
        if let cpu = definition.cpu, !fargate, !ec2TaskCPU.contains(cpu) {
            throw .client("Invalid 'cpu' setting for task.")
        }
        if let memory = definition.memory, !containerMemory.contains(memory) {
            throw .client("Invalid 'memory' setting for task.")
        }
        // A task runs while an essential container does (wording not confirmed).
        guard containers.contains(where: \.essential) else {
            throw .client("A task definition must have at least one essential container.")
        }
        for container in containers {
            guard containerCPU.contains(container.cpu) else {
                throw .client("Invalid 'cpu' setting for container '\(container.name)'.")
            }
            try validateMemory(of: container, taskMemory: definition.memory)
            try validatePorts(of: container, mode: definition.networkMode)
        }
        try validateHostPortsAreUnique(definition)
    }

    /// Up to 255 letters, digits, hyphens and underscores.
    private static func validateFamily(_ family: String) throws(ECSError) {
        guard !family.isEmpty else { throw .client("Family can not be blank.") }
        guard ResourceNameRule.isValid(family) else { throw .client("Family contains invalid characters.") }
    }

    private static func validateFargate(_ definition: TaskDefinition) throws(ECSError) {
        // ECS writes this one with typographic quotes.
        guard definition.networkMode == .awsvpc else { throw .client("Fargate only supports network mode \u{2018}awsvpc\u{2019}.") }
        guard let cpu = definition.cpu else { throw .client("Fargate requires that 'cpu' be defined at the task level.") }
        guard let memory = definition.memory else {
            throw .client("Fargate requires that 'memory' be defined at the task level.")
        }
        guard FargateTaskSize.isValid(cpu: cpu) else { throw .client("Invalid 'cpu' setting for task.") }
        guard FargateTaskSize.isValid(cpu: cpu, memory: memory) else {
            throw .client(
                "No Fargate configuration exists for given values: \(cpu) CPU, \(memory) memory. "
                    + "See the Amazon ECS documentation for the valid values.")
        }
    }

    private static func validateMemory(of container: ContainerDefinition, taskMemory: Int?) throws(ECSError) {
        if taskMemory == nil, container.memory == nil, container.memoryReservation == nil {
            throw .client(
                "Invalid setting for container '\(container.name)'. At least one of 'memory' or 'memoryReservation' must be specified.")
        }
        if let memory = container.memory, memory < containerMemory.lowerBound {
            throw .client(
                "Invalid 'memory' setting for container '\(container.name)'. At least \(containerMemory.lowerBound) megabytes of memory required.")
        }
        if let memory = container.memory, memory > containerMemory.upperBound {
            throw .client("Invalid 'memory' setting for container '\(container.name)'.")
        }
        // The soft limit may not exceed the hard one (ECS's wording not confirmed: its usual pattern).
        if let reservation = container.memoryReservation,
           !containerMemory.contains(reservation) || reservation > (container.memory ?? .max) {
            throw .client("Invalid 'memoryReservation' setting for container '\(container.name)'.")
        }
    }

    private static func validatePorts(of container: ContainerDefinition, mode: NetworkMode) throws(ECSError) {
        var seen = Set<String>()
        for mapping in container.portMappings {
            guard (1...65_535).contains(mapping.containerPort) else {
                throw .client("Invalid 'containerPort' setting for container '\(container.name)'.")
            }
            if let hostPort = mapping.hostPort, !(0...65_535).contains(hostPort) {
                throw .client("Invalid 'hostPort' setting for container '\(container.name)'.")
            }
            guard seen.insert("\(mapping.containerPort)/\(mapping.protocol.rawValue)").inserted else {
                throw .invalidParameter(
                    "Container port \(mapping.containerPort) is used in more than one port mapping for container \(container.name)")
            }
            // In host and awsvpc mode the container listens on the host's or the ENI's own port.
            if mode == .host || mode == .awsvpc, let hostPort = mapping.hostPort, hostPort != 0,
               hostPort != mapping.containerPort {
                throw .client("When networkMode=\(mode.rawValue), the host ports and container ports in port mappings must match.")
            }
        }
    }

    /// A host port can be bound once per task: static bridge ports, every container port in host mode.
    private static func validateHostPortsAreUnique(_ definition: TaskDefinition) throws(ECSError) {
        guard definition.networkMode == .bridge || definition.networkMode == .host else { return }
        var bound = Set<String>()
        for mapping in definition.containerDefinitions.flatMap(\.portMappings) {
            let port = definition.networkMode == .host ? mapping.containerPort : (mapping.hostPort ?? 0)
            guard port != 0 else { continue }
            guard bound.insert("\(port)/\(mapping.protocol.rawValue)").inserted else {
                throw .client("\(mapping.protocol.rawValue.uppercased()) host port '\(port)' is mapped multiple times in task.")
            }
        }
    }
}
