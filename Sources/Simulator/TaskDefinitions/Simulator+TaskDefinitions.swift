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
        taskDefinitions[definition.reference] = definition
        if let latest = latestRevisionByFamily[definition.family] {
            latestTaskDefinitions["\(definition.family):\(latest)"] = nil
        }
        latestRevisionByFamily[definition.family] = definition.revision
        latestTaskDefinitions[definition.reference] = definition
        return definition
    }
}

extension TaskDefinition {
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

/// DeregisterTaskDefinition.
extension Simulator {
    func deregisterTaskDefinition(_ reference: String) throws(ECSError) {
        throw .client("DeregisterTaskDefinition is not supported by the ecstop simulation yet.")
    }
}
