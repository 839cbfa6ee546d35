import AWSWire
import ECSModel

// RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies,
// DeregisterTaskDefinition. The snapshot holds every revision, ACTIVE and INACTIVE.
extension ECSRequestRouter {
    func registerTaskDefinition(
        _ request: ECSShapes.RegisterTaskDefinitionRequest
    ) throws(ECSError) -> ECSShapes.RegisterTaskDefinitionResponse {
        let definition = try TaskDefinition(request)
        let family = definition.family
        let after = try execute(.registerTaskDefinition(definition), thenTag: try ResourceTag.list(request.tags) ?? []) {
            before, after, _ in
            after.taskDefinitions.values.filter { $0.family == family && before.taskDefinitions[$0.reference] == nil }.map(\.arn)
        }
        guard let registered = after.taskDefinitions.values.filter({ $0.family == family }).max(by: { $0.revision < $1.revision })
        else {
            throw .client("The task definition was not registered.")
        }
        return ECSShapes.RegisterTaskDefinitionResponse(
            taskDefinition: ECSShapes.TaskDefinition(registered), tags: currentTags(of: registered.arn, in: after).map(ECSShapes.Tag.init))
    }

    /// By `family:revision` or ARN, INACTIVE ones too; a bare family means its latest ACTIVE revision.
    func describeTaskDefinition(
        _ request: ECSShapes.DescribeTaskDefinitionRequest
    ) throws(ECSError) -> ECSShapes.DescribeTaskDefinitionResponse {
        let snapshot = controlPlane.snapshot()
        let reference = try RequestMember.required(request.taskDefinition, "taskDefinition")
        let includesTags = try asksForTags(request.include)
        guard let found = taskDefinition(reference, in: snapshot) else {
            throw .client("Unable to describe task definition.")
        }
        // As ECS: `tags` only when asked for.
        return ECSShapes.DescribeTaskDefinitionResponse(
            taskDefinition: ECSShapes.TaskDefinition(found),
            tags: includesTags ? currentTags(of: found.arn, in: snapshot).map(ECSShapes.Tag.init) : nil)
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
    func listTaskDefinitions(
        _ request: ECSShapes.ListTaskDefinitionsRequest
    ) throws(ECSError) -> ECSShapes.ListTaskDefinitionsResponse {
        let status = request.status?.rawValue ?? "ACTIVE"
        guard status == "ACTIVE" || status == "INACTIVE" else {
            throw .invalidParameter("status must be ACTIVE or INACTIVE, not \(status).")
        }
        let descending: Bool
        switch request.sort?.rawValue ?? "ASC" {
        case "ASC": descending = false
        case "DESC": descending = true
        case let other: throw .invalidParameter("sort must be ASC or DESC, not \(other).")
        }
        let family = request.familyPrefix
        let definitions = controlPlane.snapshot().taskDefinitions.values
            .filter { definition in definition.status == status && (family.map { $0 == definition.family } ?? true) }
            .sorted { ($0.family, $0.revision) < ($1.family, $1.revision) }
        let arns = definitions.map(\.arn)
        let (selected, next) = try page(descending ? arns.reversed() : arns, maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListTaskDefinitionsResponse(taskDefinitionArns: selected, nextToken: next)
    }

    /// `status` ACTIVE: families with an ACTIVE revision; INACTIVE: families without one; ALL (the
    /// default): both.
    func listTaskDefinitionFamilies(
        _ request: ECSShapes.ListTaskDefinitionFamiliesRequest
    ) throws(ECSError) -> ECSShapes.ListTaskDefinitionFamiliesResponse {
        let status = request.status?.rawValue ?? "ALL"
        guard ["ACTIVE", "INACTIVE", "ALL"].contains(status) else {
            throw .invalidParameter("status must be ACTIVE, INACTIVE or ALL, not \(status).")
        }
        let prefix = request.familyPrefix
        let definitions = controlPlane.snapshot().taskDefinitions.values
        let active = Set(definitions.filter { $0.status == "ACTIVE" }.map(\.family))
        let families = Set(definitions.map(\.family))
            .filter { family in
                (prefix.map(family.hasPrefix) ?? true)
                    && (status == "ALL" || active.contains(family) == (status == "ACTIVE"))
            }
            .sorted()
        let (selected, next) = try page(families, maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListTaskDefinitionFamiliesResponse(families: selected, nextToken: next)
    }

    func deregisterTaskDefinition(
        _ request: ECSShapes.DeregisterTaskDefinitionRequest
    ) throws(ECSError) -> ECSShapes.DeregisterTaskDefinitionResponse {
        let name = try RequestMember.required(request.taskDefinition, "taskDefinition")
        let after = try execute(.deregisterTaskDefinition(name))
        guard let deregistered = names.localID(name, .taskDefinition).flatMap({ after.taskDefinitions[$0] }) else {
            throw .client("The specified task definition does not exist.")
        }
        return ECSShapes.DeregisterTaskDefinitionResponse(taskDefinition: ECSShapes.TaskDefinition(deregistered))
    }
}
