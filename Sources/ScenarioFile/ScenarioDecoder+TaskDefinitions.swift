import ECSModel
import Foundation
import Simulator
import Yams

extension ScenarioDecoder {
    /// A decoded definition before revisions are settled: `revision` is nil when the file gives none.
    private struct Pending {
        var spec: Scenario.TaskDefinitionSpec
        var revision: Int?
        var node: ScenarioNode
        var fields: TaskDefinitionNodes
    }

    /// Where a definition's parts are, for placing ECS's refusal at the field it is about.
    struct TaskDefinitionNodes {
        var cpu: ScenarioNode?
        var memory: ScenarioNode?
        var networkMode: ScenarioNode?
        var mode = NetworkMode.bridge
        var containers: [(name: String, node: ScenarioNode)] = []
        var portMappings: [(container: String, mapping: PortMapping, node: ScenarioNode)] = []
    }

    /// Inline definitions and `file:` ones. Revisions not given become 1, or the family's next free one.
    func decodeTaskDefinitions(_ node: ScenarioNode?, catalog: inout ScenarioCatalog) -> [Scenario.TaskDefinitionSpec] {
        guard let node, let items = list(node) else { return [] }
        var pending: [Pending] = []
        var families: [String] = []
        for item in items {
            let (decoded, family) = decodeTaskDefinitionEntry(item)
            if let family { families.append(family) }
            if let decoded { pending.append(decoded) }
        }
        var used: [String: Set<Int>] = [:]
        for entry in pending { if let revision = entry.revision { used[entry.spec.family, default: []].insert(revision) } }
        var result: [Scenario.TaskDefinitionSpec] = []
        for var entry in pending {
            if let revision = entry.revision {
                entry.spec.revision = revision
            } else {
                var next = 1
                while used[entry.spec.family, default: []].contains(next) { next += 1 }
                used[entry.spec.family, default: []].insert(next)
                entry.spec.revision = next
            }
            let reference = "\(entry.spec.family):\(entry.spec.revision)"
            catalog.anchor("Task definition \(reference)", entry.node)
            catalog.taskDefinitionReferences.insert(reference)
            if let message = entry.spec.registrationError {
                report(message, at: place(message, in: entry.fields) ?? entry.node)
            } else {
                result.append(entry.spec)
            }
        }
        // Families whose definitions had problems still count as declared: one report, not one per use.
        catalog.families.formUnion(families)
        for family in Set(families) where families.count(where: { $0 == family }) > pending.count(where: { $0.spec.family == family }) {
            catalog.brokenFamilies.insert(family)
        }
        return result
    }

    /// One entry: inline, or `file:` with an optional `revision:` next to it.
    private func decodeTaskDefinitionEntry(_ item: ScenarioNode) -> (Pending?, family: String?) {
        guard let entry = mapping(item) else { return (nil, nil) }
        guard let fileNode = entry.take("file") else { return decodeTaskDefinition(entry, revisionFrom: nil) }
        let revisionNode = entry.take("revision")
        finish(entry)
        guard let relative = string(fileNode) else { return (nil, nil) }
        let path = relative.hasPrefix("/") ? relative : (folder as NSString).appendingPathComponent(relative)
        let shown = folder == "." || relative.hasPrefix("/") ? relative : path
        guard let data = FileManager.default.contents(atPath: path) else {
            report("cannot read the task definition file \(shown)", at: fileNode)
            return (nil, nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            report("the task definition file \(shown) is not UTF-8 text", at: fileNode)
            return (nil, nil)
        }
        let before = problems.count
        guard let root = compose(text, file: shown) else {
            report("the task definition file \(shown) is not valid JSON or YAML", at: fileNode)
            return (nil, nil)
        }
        var node = ScenarioNode(node: root, path: item.path, file: shown)
        // `describe-task-definition` output wraps the definition; accept it as it is saved.
        if let wrapped = root.mapping, wrapped.count == 1, let inner = wrapped["taskDefinition"], inner.mapping != nil {
            node = ScenarioNode(node: inner, path: item.path, file: shown)
        }
        guard let definition = mapping(node) else { return (nil, nil) }
        let result = decodeTaskDefinition(definition, revisionFrom: revisionNode)
        return problems.count == before ? result : (nil, result.family)
    }

    private func decodeTaskDefinition(_ m: ScenarioMapping, revisionFrom outer: ScenarioNode?) -> (Pending?, family: String?) {
        let before = problems.count
        let family = required(m, "family").flatMap(name)
        var revision = m.take("revision").flatMap { int($0, in: 1...1_000_000) }
        if let outer { revision = int(outer, in: 1...1_000_000) }
        var fields = TaskDefinitionNodes()
        fields.networkMode = m.take("networkMode")
        let networkMode = fields.networkMode.flatMap { choice($0, NetworkMode.self) } ?? .bridge
        fields.mode = networkMode
        let compatibilities = m.take("requiresCompatibilities").flatMap(list)?.compactMap {
            choice($0, [("EC2", LaunchType.ec2), ("FARGATE", .fargate), ("EXTERNAL", .external)])
        } ?? []
        fields.cpu = m.take("cpu")
        fields.memory = m.take("memory")
        let cpu = fields.cpu.flatMap { taskSize($0, unit: "vCPU") }
        let memory = fields.memory.flatMap { taskSize($0, unit: "GB") }
        let executionRole = m.take("executionRoleArn").flatMap(string)
        let taskRole = m.take("taskRoleArn").flatMap(string)
        let volumes = each(m, "volumes", decodeVolume)
        var containers: [ContainerDefinition] = []
        if let list = required(m, "containerDefinitions").flatMap(list) {
            for item in list {
                guard let container = decodeContainer(item, fields: &fields) else { continue }
                containers.append(container)
                fields.containers.append((container.name, item))
            }
        }
        finish(m)
        guard let family, problems.count == before else { return (nil, family) }
        let spec = Scenario.TaskDefinitionSpec(
            family: family, networkMode: networkMode, cpu: cpu, memory: memory, containerDefinitions: containers,
            options: Scenario.TaskDefinitionOptions(
                requiresCompatibilities: compatibilities, taskRoleARN: taskRole, executionRoleARN: executionRole,
                volumes: volumes))
        return (Pending(spec: spec, revision: revision, node: m.owner, fields: fields), family)
    }

    /// Task-level `cpu`/`memory` as ECS takes them: `"512"`, `512`, `"1 vCPU"`, `"2 GB"`.
    private func taskSize(_ node: ScenarioNode, unit: String) -> Int? {
        if case .scalar(let scalar) = node.node {
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            if let value = Int(text), (1...1_000_000).contains(value) { return value }
            let parts = text.split(separator: " ")
            if parts.count == 2, parts[1].caseInsensitiveCompare(unit) == .orderedSame, let amount = Double(parts[0]),
               amount > 0, amount <= 1000, (amount * 1024).rounded() == amount * 1024 {
                return Int(amount * 1024)
            }
        }
        report("expected a whole number such as \"1024\" or \"1 \(unit)\", found \(node.found)", at: node)
        return nil
    }

    private func decodeVolume(_ node: ScenarioNode) -> Volume? {
        guard let m = mapping(node) else { return nil }
        let name = required(m, "name").flatMap(name)
        var source: String?
        if let host = m.take("host").flatMap(mapping) {
            source = host.take("sourcePath").flatMap(string)
            finish(host)
        }
        finish(m)
        return name.map { Volume(name: $0, hostSourcePath: source) }
    }

    private func decodeContainer(_ node: ScenarioNode, fields: inout TaskDefinitionNodes) -> ContainerDefinition? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let name = required(m, "name").flatMap(string)
            let image = required(m, "image").flatMap(string)
            let cpu = m.take("cpu").flatMap { int($0, in: 0...196_608) } ?? 0
            let memory = m.take("memory").flatMap { int($0, in: 0...1_000_000) }
            let reservation = m.take("memoryReservation").flatMap { int($0, in: 0...1_000_000) }
            var mappings: [(PortMapping, ScenarioNode)] = []
            for item in m.take("portMappings").flatMap(list) ?? [] {
                if let mapping = decodePortMapping(item) { mappings.append((mapping, item)) }
            }
            let essential = m.take("essential").flatMap(bool) ?? true
            let environment = each(m, "environment") { (item: ScenarioNode) -> KeyValuePair? in
                guard let pair = mapping(item) else { return nil }
                defer { finish(pair) }
                guard let name = required(pair, "name").flatMap(string) else { return nil }
                return KeyValuePair(name: name, value: pair.take("value").flatMap(string) ?? "")
            }
            let command = m.take("command").flatMap(strings) ?? []
            let entryPoint = m.take("entryPoint").flatMap(strings) ?? []
            let logConfiguration = m.take("logConfiguration").flatMap(decodeLogConfiguration)
            let healthCheck = m.take("healthCheck").flatMap(decodeHealthCheck)
            finish(m)
            guard let name, let image else { return nil }
            fields.portMappings += mappings.map { (name, $0.0, $0.1) }
            return ContainerDefinition(
                name: name, image: image, cpu: cpu, memory: memory, memoryReservation: reservation,
                portMappings: mappings.map(\.0), essential: essential, environment: environment, command: command,
                entryPoint: entryPoint, logConfiguration: logConfiguration, healthCheck: healthCheck)
        }
    }

    private func decodePortMapping(_ node: ScenarioNode) -> PortMapping? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let containerPort = required(m, "containerPort").flatMap { int($0, in: 1...65_535) }
            let hostPort = m.take("hostPort").flatMap { int($0, in: 0...65_535) }
            let transport = m.take("protocol").flatMap { choice($0, [("tcp", TransportProtocol.tcp), ("udp", .udp)]) } ?? .tcp
            finish(m)
            return containerPort.map { PortMapping(containerPort: $0, hostPort: hostPort, protocol: transport) }
        }
    }

    private func decodeLogConfiguration(_ node: ScenarioNode) -> LogConfiguration? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let driver = required(m, "logDriver").flatMap(string)
            let options = m.take("options").flatMap(stringMap) ?? [:]
            finish(m)
            return driver.map { LogConfiguration(logDriver: $0, options: options) }
        }
    }

    private func decodeHealthCheck(_ node: ScenarioNode) -> ContainerHealthCheck? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let command = required(m, "command").flatMap(strings)
            // ECS's ranges for container health checks.
            let interval = m.take("interval").flatMap { int($0, in: 5...300) } ?? 30
            let timeout = m.take("timeout").flatMap { int($0, in: 2...120) } ?? 5
            let retries = m.take("retries").flatMap { int($0, in: 1...10) } ?? 3
            let startPeriod = m.take("startPeriod").flatMap { int($0, in: 0...300) } ?? 0
            finish(m)
            return command.map {
                ContainerHealthCheck(command: $0, interval: interval, timeout: timeout, retries: retries, startPeriod: startPeriod)
            }
        }
    }

    /// The field ECS's refusal is about: a port mapping, the task size, a container; nil for the definition.
    private func place(_ message: String, in fields: TaskDefinitionNodes) -> ScenarioNode? {
        if message.contains("host port '") {
            // The second mapping that binds the port is the one that collides.
            let port = message.split(separator: "'").dropFirst().first.flatMap { Int($0) }
            let binding = fields.portMappings.filter { entry in
                (fields.mode == .host ? entry.mapping.containerPort : entry.mapping.hostPort) == port
            }
            if binding.count > 1 { return binding[1].node }
        }
        if message.contains("Fargate only supports network mode") { return fields.networkMode }
        if message.contains("'cpu' setting for task") || message.contains("No Fargate configuration")
            || message.contains("'cpu' be defined") {
            return fields.cpu ?? fields.memory
        }
        if message.contains("'memory' be defined") { return fields.memory }
        if let container = fields.containers.first(where: { message.contains("'\($0.name)'") || message.hasSuffix(" \($0.name)") }) {
            if message.hasPrefix("Container port") {
                let port = message.split(separator: " ").dropFirst(2).first.flatMap { Int($0) }
                let mappings = fields.portMappings.filter { $0.container == container.name && $0.mapping.containerPort == port }
                if mappings.count > 1 { return mappings[1].node }
            }
            return container.node
        }
        return nil
    }
}
