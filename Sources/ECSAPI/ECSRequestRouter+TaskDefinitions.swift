import ECSModel

// RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies,
// DeregisterTaskDefinition. The snapshot holds every revision, ACTIVE and INACTIVE.
extension ECSRequestRouter {
    func registerTaskDefinition(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let family = try input.requiredString("family")
        guard let containers = try input.structures("containerDefinitions") else {
            throw RequestInput.missing("containerDefinitions")
        }
        var compatibilities: [LaunchType] = []
        for name in try input.strings("requiresCompatibilities") ?? [] {
            guard let launchType = LaunchType(rawValue: name) else {
                throw .invalidParameter("\(name) is not a valid value for requiresCompatibilities.")
            }
            compatibilities.append(launchType)
        }
        let definition = TaskDefinition(
            family: family, revision: 0, arn: "",
            networkMode: try input.enumeration("networkMode", NetworkMode.self) ?? .bridge,
            cpu: try Self.units("cpu", input), memory: try Self.units("memory", input),
            containerDefinitions: try containers.map(Self.containerDefinition),
            volumes: try (input.structures("volumes") ?? []).map { (volume: RequestInput) throws(ECSError) -> Volume in
                Volume(name: try volume.requiredString("name"),
                       hostSourcePath: try volume.structure("host")?.string("sourcePath"))
            },
            taskRoleARN: try input.string("taskRoleArn"), executionRoleARN: try input.string("executionRoleArn"),
            requiresCompatibilities: compatibilities)
        let after = try execute(.registerTaskDefinition(definition), thenTag: try Self.tags(input) ?? []) { before, after, _ in
            after.taskDefinitions.values.filter { $0.family == family && before.taskDefinitions[$0.reference] == nil }.map(\.arn)
        }
        guard let registered = after.taskDefinitions.values.filter({ $0.family == family }).max(by: { $0.revision < $1.revision }) else {
            throw .client("The task definition was not registered.")
        }
        return .object([
            .init("taskDefinition", registered.apiRepresentation), .init("tags", Self.json(after.tags[registered.arn] ?? [])),
        ])
    }

    /// By `family:revision` or ARN, INACTIVE ones too; a bare family means its latest ACTIVE revision.
    func describeTaskDefinition(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let snapshot = controlPlane.snapshot()
        guard let found = taskDefinition(try input.requiredString("taskDefinition"), in: snapshot) else {
            throw .client("Unable to describe task definition.")
        }
        // As ECS: `tags` only when asked for.
        let tags = try Self.includesTags(input) ? Self.json(snapshot.tags[found.arn] ?? []) : nil
        return .object(omittingAbsent: ["taskDefinition": found.apiRepresentation, "tags": tags])
    }

    /// The definition a `family`, `family:revision` or ARN names, as the simulator resolves it; nil when
    /// there is none (or the ARN is another account's or region's).
    func taskDefinition(_ reference: String, in snapshot: ControlPlaneSnapshot) -> TaskDefinition? {
        guard let local = names.localID(reference, .taskDefinition) else { return nil }
        let definitions = snapshot.taskDefinitions
        return definitions[local] ?? definitions.values
            .filter { $0.family == local && $0.status == "ACTIVE" }
            .max { $0.revision < $1.revision }
    }

    /// `familyPrefix` is, despite its name, the whole family name, as in ECS.
    func listTaskDefinitions(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let family = try input.string("familyPrefix")
        let status = try input.string("status") ?? "ACTIVE"
        guard status == "ACTIVE" || status == "INACTIVE" else {
            throw .invalidParameter("status must be ACTIVE or INACTIVE, not \(status).")
        }
        let descending = try Self.isDescending(input)
        let definitions = controlPlane.snapshot().taskDefinitions.values
            .filter { definition in definition.status == status && (family.map { $0 == definition.family } ?? true) }
            .sorted { ($0.family, $0.revision) < ($1.family, $1.revision) }
        let arns = definitions.map(\.arn)
        return try page(descending ? arns.reversed() : arns, key: "taskDefinitionArns", input)
    }

    /// `status` ACTIVE: families with an ACTIVE revision; INACTIVE: families without one; ALL (the
    /// default): both.
    func listTaskDefinitionFamilies(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let prefix = try input.string("familyPrefix")
        let status = try input.string("status") ?? "ALL"
        guard ["ACTIVE", "INACTIVE", "ALL"].contains(status) else {
            throw .invalidParameter("status must be ACTIVE, INACTIVE or ALL, not \(status).")
        }
        let definitions = controlPlane.snapshot().taskDefinitions.values
        let active = Set(definitions.filter { $0.status == "ACTIVE" }.map(\.family))
        let families = Set(definitions.map(\.family))
            .filter { family in
                (prefix.map(family.hasPrefix) ?? true)
                    && (status == "ALL" || active.contains(family) == (status == "ACTIVE"))
            }
            .sorted()
        return try page(families, key: "families", input)
    }

    private static func isDescending(_ input: RequestInput) throws(ECSError) -> Bool {
        switch try input.string("sort") ?? "ASC" {
        case "ASC": false
        case "DESC": true
        case let other: throw .invalidParameter("sort must be ASC or DESC, not \(other).")
        }
    }

    /// Task-level cpu and memory: strings in the API, in units (`"256"`, `"512"`) or, as ECS also takes
    /// them, in vCPU (`"1 vCPU"`, `".25 vcpu"`) and GB (`"2 GB"`, `"0.5GB"`).
    private static func units(_ key: String, _ input: RequestInput) throws(ECSError) -> Int? {
        guard let text = try input.string(key) else { return nil }
        if let value = Int(text) { return value }
        let lowered = text.lowercased().filter { $0 != " " }
        let suffix = key == "cpu" ? "vcpu" : "gb"
        guard lowered.hasSuffix(suffix), let amount = Double(lowered.dropLast(suffix.count)), amount > 0,
              (amount * 1024).rounded() == amount * 1024
        else { throw .client("Invalid \(key) value \(text): give it in units, such as \(key == "cpu" ? "256 or 1 vCPU" : "512 or 2 GB").") }
        return Int(amount * 1024)
    }

    private static func containerDefinition(_ input: RequestInput) throws(ECSError) -> ContainerDefinition {
        let ports = try (input.structures("portMappings") ?? []).map { (port: RequestInput) throws(ECSError) -> PortMapping in
            guard let containerPort = try port.integer("containerPort") else { throw RequestInput.missing("containerPort") }
            return PortMapping(
                containerPort: containerPort, hostPort: try port.integer("hostPort"),
                protocol: try port.enumeration("protocol", TransportProtocol.self) ?? .tcp)
        }
        let environment = try (input.structures("environment") ?? []).map { (pair: RequestInput) throws(ECSError) -> KeyValuePair in
            KeyValuePair(name: try pair.requiredString("name"), value: try pair.string("value") ?? "")
        }
        let logConfiguration = try input.structure("logConfiguration").map { (log: RequestInput) throws(ECSError) -> LogConfiguration in
            var options: [String: String] = [:]
            for (key, _) in try log.structure("options")?.members ?? [:] {
                options[key] = try log.structure("options")?.string(key)
            }
            return LogConfiguration(logDriver: try log.requiredString("logDriver"), options: options)
        }
        let healthCheck = try input.structure("healthCheck").map { (check: RequestInput) throws(ECSError) -> ContainerHealthCheck in
            guard let command = try check.strings("command") else { throw RequestInput.missing("healthCheck.command") }
            return ContainerHealthCheck(
                command: command, interval: try check.integer("interval") ?? 30, timeout: try check.integer("timeout") ?? 5,
                retries: try check.integer("retries") ?? 3, startPeriod: try check.integer("startPeriod") ?? 0)
        }
        return ContainerDefinition(
            name: try input.requiredString("name"), image: try input.requiredString("image"),
            cpu: try input.integer("cpu") ?? 0, memory: try input.integer("memory"),
            memoryReservation: try input.integer("memoryReservation"), portMappings: ports,
            essential: try input.bool("essential") ?? true, environment: environment,
            command: try input.strings("command") ?? [], entryPoint: try input.strings("entryPoint") ?? [],
            logConfiguration: logConfiguration, healthCheck: healthCheck)
    }

    func deregisterTaskDefinition(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let name = try input.requiredString("taskDefinition")
        let after = try execute(.deregisterTaskDefinition(name))
        guard let deregistered = names.localID(name, .taskDefinition).flatMap({ after.taskDefinitions[$0] }) else {
            throw .client("The specified task definition does not exist.")
        }
        return .object([.init("taskDefinition", deregistered.apiRepresentation)])
    }
}
