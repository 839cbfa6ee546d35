import Foundation

/// RegisterTaskDefinition and what the rest of the simulator asks about a definition.
extension Simulator {
    /// Validates as ECS does, then registers the family's next revision (ACTIVE). The given `revision`,
    /// `arn` and `status` are ignored. Returns the registered definition.
    @discardableResult
    func registerTaskDefinition(_ input: TaskDefinition) throws(ECSError) -> TaskDefinition {
        try TaskDefinitionRules.validate(input)
        var definition = input
        definition.revision = (latestRevisionByFamily[input.family] ?? 0) + 1
        definition.arn = names.taskDefinitionARN(family: definition.family, revision: definition.revision)
        definition.status = "ACTIVE"
        definition.noteRegistration(at: date(now))
        taskDefinitions[definition.reference] = definition
        latestRevisionByFamily[definition.family] = definition.revision
        return definition
    }
}

extension TaskDefinition {
    /// What ECS works out when it registers a definition: when, and which launch types it suits.
    mutating func noteRegistration(at date: Date) {
        registeredAt = date
        compatibilities = isFargateCompatible ? [.ec2, .fargate] : [.ec2]
    }

    /// Whether the definition can run on Fargate: registered for it, awsvpc, and a Fargate task size.
    var isFargateCompatible: Bool {
        guard requiresCompatibilities.contains(.fargate), networkMode == .awsvpc, let cpu, let memory else { return false }
        return FargateTaskSize.isValid(cpu: cpu, memory: memory)
    }

    /// ECS runs a definition only on a launch type it was registered for (none listed: EC2 only).
    func ensureSupports(_ launch: LaunchType) throws(ECSError) {
        switch launch {
        case .fargate where !isFargateCompatible:
            throw .invalidParameter("Task definition does not support launch_type FARGATE.")
        case .ec2 where !requiresCompatibilities.isEmpty && !requiresCompatibilities.contains(.ec2):
            throw .invalidParameter("Task definition does not support launch_type EC2.")
        default:
            break
        }
    }
}

extension ContainerDefinition {
    /// The simulator's convention for batch work: a container whose `command` mentions `exit 0`, or whose
    /// image tag ends in `-job`, runs about a minute and then exits 0 on its own (real containers decide
    /// that themselves; the simulator has no process to ask).
    var runsToCompletion: Bool {
        if command.contains(where: { $0.contains("exit 0") }) { return true }
        guard let colon = image.lastIndex(of: ":"), !image[colon...].contains("/") else { return false }
        return image[image.index(after: colon)...].hasSuffix("-job")
    }
}

/// DeregisterTaskDefinition: the revision becomes INACTIVE. Tasks and services already running it go on
/// (and services may still scale), but nothing new is started from it, and a bare family means its
/// latest ACTIVE revision from then on.
extension Simulator {
    /// Deregistering an INACTIVE revision again changes nothing.
    @discardableResult
    func deregisterTaskDefinition(_ name: String) throws(ECSError) -> TaskDefinition {
        guard let reference = names.localID(name, .taskDefinition) else {
            throw .client("The specified task definition does not exist.")
        }
        // ECS takes no bare family here: it would not pick a revision on the caller's behalf.
        guard let colon = reference.lastIndex(of: ":"), Int(reference[reference.index(after: colon)...]) != nil else {
            throw .client("Invalid revision number. Number: \(reference)")
        }
        guard let definition = taskDefinitions[reference] else {
            throw .client("The specified task definition does not exist.")
        }
        guard definition.status == "ACTIVE" else { return definition }
        taskDefinitions[reference]!.status = "INACTIVE"
        taskDefinitions[reference]!.deregisteredAt = date(now)
        return taskDefinitions[reference]!
    }

    /// The family's highest ACTIVE revision, nil when it has none.
    func latestActiveTaskDefinition(family: String) -> TaskDefinition? {
        guard let latest = latestRevisionByFamily[family] else { return nil }
        for revision in stride(from: latest, through: 1, by: -1) {
            if let definition = taskDefinitions["\(family):\(revision)"], definition.status == "ACTIVE" { return definition }
        }
        return nil
    }

    /// The definition new tasks are to be started from (RunTask, CreateService, UpdateService): it must
    /// exist and be ACTIVE.
    func launchableTaskDefinition(_ name: String) throws(ECSError) -> TaskDefinition {
        guard let definition = resolveTaskDefinition(name) else { throw .client("TaskDefinition not found.") }
        guard definition.status == "ACTIVE" else { throw .invalidParameter("TaskDefinition is inactive") }
        return definition
    }
}
