import AWSWire

/// The selection as the describe-* operations return it, as syntax-coloured JSON: one cluster,
/// service, task or container instance, printed as the AWS CLI prints that object. Built from the same
/// response shapes `ecstop serve` answers with.
struct DescribeDocument {
    let subject: Subject
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot

    func build() -> Document {
        guard let representation else { return Document(emptyText: "\(subject.label) is no longer listed") }
        return Document(lines: JSONDocumentPrinter().lines(for: representation))
    }

    /// The subject's response shape as JSON, or nil when the snapshot no longer lists it. A service is
    /// described without its tasks, as DescribeServices does, so a big service stays cheap.
    private var representation: JSONValue? {
        guard let shape else { return nil }
        // Shapes of strings, numbers, dates and lists: encoding them cannot fail.
        return try? JSONValueEncoder().encode(shape)
    }

    private var shape: (any Encodable)? {
        switch subject {
        case .cluster:
            return ECSShapes.Cluster(cluster.cluster)
        case .service(_, let name):
            return cluster.service(named: name).map { ECSShapes.Service($0.service) }
        case .task(_, let id):
            // Compared through the subscript, which borrows: only the match is copied.
            for service in cluster.services {
                if let index = service.tasks.indices.first(where: { service.tasks[$0].id == id }) {
                    return ECSShapes.Task(service.tasks[index])
                }
            }
            let standalone = cluster.standaloneTasks
            return standalone.indices.first { standalone[$0].id == id }.map { ECSShapes.Task(standalone[$0]) }
        case .instance(_, let id):
            return cluster.instances.first { $0.id == id }.map { ECSShapes.ContainerInstance($0) }
        }
    }
}
