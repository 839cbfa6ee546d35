import ECSModel
import Foundation

// MARK: Request shape → ECSModel

extension TaskDefinition {
    /// The definition RegisterTaskDefinition asks for, not yet registered (revision 0, no ARN): the
    /// simulator numbers it and checks what depends on the rest of the account.
    public init(_ request: ECSShapes.RegisterTaskDefinitionRequest) throws(ECSError) {
        let family = try RequestMember.required(request.family, "family")
        let containers = try RequestMember.required(request.containerDefinitions, "containerDefinitions")
        try RequestMember.refuseUnmodelled(request, keeping: Self.modelledMembers, in: "RegisterTaskDefinition")
        var compatibilities: [LaunchType] = []
        for compatibility in request.requiresCompatibilities ?? [] {
            compatibilities.append(try RequestMember.required(
                RequestMember.value(compatibility, "requiresCompatibilities", as: LaunchType.self), "requiresCompatibilities"))
        }
        var definitions: [ContainerDefinition] = []
        for container in containers { definitions.append(try ContainerDefinition.requested(container)) }
        var volumes: [Volume] = []
        for volume in request.volumes ?? [] { volumes.append(try Volume.requested(volume)) }
        self.init(
            family: family, revision: 0, arn: "",
            networkMode: try RequestMember.value(request.networkMode, "networkMode") ?? .bridge,
            cpu: try Self.units("cpu", request.cpu), memory: try Self.units("memory", request.memory),
            containerDefinitions: definitions, volumes: volumes, taskRoleARN: request.taskRoleArn,
            executionRoleARN: request.executionRoleArn, requiresCompatibilities: compatibilities)
    }

    static let modelledMembers: Set<String> = [
        "family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "volumes",
        "requiresCompatibilities", "cpu", "memory", "tags",
    ]

    /// Task-level cpu and memory: strings in the API, in units (`"256"`, `"512"`) or, as ECS also takes
    /// them, in vCPU (`"1 vCPU"`, `".25 vcpu"`) and GB (`"2 GB"`, `"0.5GB"`).
    private static func units(_ key: String, _ text: String?) throws(ECSError) -> Int? {
        guard let text else { return nil }
        if let value = Int(text) { return value }
        let lowered = text.lowercased().filter { $0 != " " }
        let suffix = key == "cpu" ? "vcpu" : "gb"
        guard lowered.hasSuffix(suffix), let amount = Double(lowered.dropLast(suffix.count)), amount > 0,
              (amount * 1024).rounded() == amount * 1024
        else { throw .client("Invalid \(key) value \(text): give it in units, such as \(key == "cpu" ? "256 or 1 vCPU" : "512 or 2 GB").") }
        return Int(amount * 1024)
    }
}

// MARK: ECSModel → response shape

extension ECSShapes.TaskDefinition {
    /// The definition as DescribeTaskDefinition and RegisterTaskDefinition answer it. Simplified: no
    /// requiresAttributes (the simulated agent has no capabilities to match); registeredBy is the
    /// account's root; task-level cpu and memory are strings, as ECS sends them.
    public init(_ definition: TaskDefinition) {
        self.init()
        taskDefinitionArn = definition.arn
        containerDefinitions = definition.containerDefinitions.map {
            ECSShapes.ContainerDefinition($0, networkMode: definition.networkMode)
        }
        family = definition.family
        taskRoleArn = definition.taskRoleARN
        executionRoleArn = definition.executionRoleARN
        networkMode = ECSShapes.NetworkMode(rawValue: definition.networkMode.rawValue)
        revision = definition.revision
        volumes = definition.volumes.map(ECSShapes.Volume.init)
        status = ECSShapes.TaskDefinitionStatus(rawValue: definition.status)
        placementConstraints = []
        compatibilities = definition.compatibilities.isEmpty
            ? nil : definition.compatibilities.map { ECSShapes.Compatibility(rawValue: $0.rawValue) }
        requiresCompatibilities = definition.requiresCompatibilities.isEmpty
            ? nil : definition.requiresCompatibilities.map { ECSShapes.Compatibility(rawValue: $0.rawValue) }
        cpu = definition.cpu.map(String.init)
        memory = definition.memory.map(String.init)
        registeredAt = definition.registeredAt
        deregisteredAt = definition.deregisteredAt
        registeredBy = definition.registeredAt == nil ? nil : "arn:aws:iam::\(Self.account(of: definition.arn)):root"
    }

    /// The account of the ARN (`arn:aws:ecs:<region>:<account>:task-definition/…`).
    private static func account(of arn: String) -> String {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }
}

// MARK: ECSModel → request shape

extension ECSShapes.RegisterTaskDefinitionRequest {
    /// What registering the definition asks for: revision, ARN and status are the registry's to give.
    /// Task-level cpu and memory are strings on the wire, in units.
    public init(_ definition: TaskDefinition) {
        self.init(
            family: definition.family, taskRoleArn: definition.taskRoleARN, executionRoleArn: definition.executionRoleARN,
            networkMode: ECSShapes.NetworkMode(rawValue: definition.networkMode.rawValue),
            containerDefinitions: definition.containerDefinitions.map(ECSShapes.ContainerDefinition.init),
            volumes: definition.volumes.nonEmpty?.map(ECSShapes.Volume.init),
            requiresCompatibilities: definition.requiresCompatibilities.nonEmpty?
                .map { ECSShapes.Compatibility(rawValue: $0.rawValue) },
            cpu: definition.cpu.map(String.init), memory: definition.memory.map(String.init))
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension TaskDefinition {
    /// What the dashboard reads of a registered definition. Values the model does not know (a network
    /// mode or compatibility AWS added) fall back to ECS's defaults or are left out.
    public init(described shape: ECSShapes.TaskDefinition) {
        self.init(
            family: shape.family ?? "", revision: shape.revision ?? 0, arn: shape.taskDefinitionArn ?? "",
            networkMode: shape.networkMode.flatMap { NetworkMode(rawValue: $0.rawValue) } ?? .bridge,
            cpu: shape.cpu.flatMap { Int($0) }, memory: shape.memory.flatMap { Int($0) },
            containerDefinitions: (shape.containerDefinitions ?? []).map(ContainerDefinition.init(described:)),
            volumes: (shape.volumes ?? []).map(Volume.init(described:)),
            taskRoleARN: shape.taskRoleArn, executionRoleARN: shape.executionRoleArn,
            requiresCompatibilities: (shape.requiresCompatibilities ?? []).compactMap { LaunchType(rawValue: $0.rawValue) },
            status: shape.status?.rawValue ?? "ACTIVE")
        compatibilities = (shape.compatibilities ?? []).compactMap { LaunchType(rawValue: $0.rawValue) }
        registeredAt = shape.registeredAt
        deregisteredAt = shape.deregisteredAt
    }
}
