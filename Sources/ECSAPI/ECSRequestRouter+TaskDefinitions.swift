import ECSModel

// RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies.
// The control plane's snapshot holds each family's latest revision only, so older revisions are
// neither listed nor described.
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
        let after = try execute(.registerTaskDefinition(definition), thenTag: try Self.tags(input) ?? []) { _, after in
            after.taskDefinitions.values.filter { $0.family == family }.map(\.arn)
        }
        guard let registered = after.taskDefinitions.values.first(where: { $0.family == family }) else {
            throw .client("The task definition was not registered.")
        }
        return .object([
            .init("taskDefinition", registered.apiRepresentation), .init("tags", Self.json(after.tags[registered.arn] ?? [])),
        ])
    }

    func describeTaskDefinition(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let reference = try input.requiredString("taskDefinition").arnResourceID
        let snapshot = controlPlane.snapshot()
        let definitions = snapshot.taskDefinitions
        let found = definitions[reference] ?? definitions.values.first { $0.family == reference }
        guard let found else { throw .client("Unable to describe task definition.") }
        let tags = try Self.includesTags(input) ? snapshot.tags[found.arn] ?? [] : []
        return .object([.init("taskDefinition", found.apiRepresentation), .init("tags", Self.json(tags))])
    }

    func listTaskDefinitions(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let prefix = try input.string("familyPrefix")
        let status = try input.string("status") ?? "ACTIVE"
        let descending = try input.string("sort") == "DESC"
        let definitions = controlPlane.snapshot().taskDefinitions.values
            .filter { $0.status == status && (prefix.map($0.family.hasPrefix) ?? true) }
            .sorted { ($0.family, $0.revision) < ($1.family, $1.revision) }
        let arns = definitions.map(\.arn)
        return try page(descending ? arns.reversed() : arns, key: "taskDefinitionArns", input)
    }

    func listTaskDefinitionFamilies(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let prefix = try input.string("familyPrefix")
        let families = Set(controlPlane.snapshot().taskDefinitions.values.map(\.family))
            .filter { prefix.map($0.hasPrefix) ?? true }
            .sorted()
        return try page(families, key: "families", input)
    }

    /// Task-level cpu and memory: strings in the API (`"256"`); unit suffixes such as `1 vCPU` are
    /// not read.
    private static func units(_ key: String, _ input: RequestInput) throws(ECSError) -> Int? {
        guard let text = try input.string(key) else { return nil }
        guard let value = Int(text) else { throw .client("Invalid \(key) value \(text): give it in units, such as 256.") }
        return value
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
        throw .client("DeregisterTaskDefinition is not supported by the ecstop simulation yet.")
    }
}
