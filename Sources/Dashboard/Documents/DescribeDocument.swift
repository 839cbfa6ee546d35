/// The selection as the describe-* operations return it, as syntax-coloured JSON: one cluster,
/// service, task or container instance, printed as the AWS CLI prints that object.
struct DescribeDocument {
    let subject: Subject
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot

    func build() -> Document {
        guard let representation else { return Document(emptyText: "\(subject.label) is no longer listed") }
        return Document(lines: JSONDocumentPrinter().lines(for: representation))
    }

    /// The subject's API representation, or nil when the snapshot no longer lists it. A service is
    /// described without its tasks, as DescribeServices does, so a big service stays cheap.
    private var representation: JSONValue? {
        switch subject {
        case .cluster:
            return cluster.cluster.apiRepresentation
        case .service(_, let name):
            return cluster.service(named: name)?.service.apiRepresentation
        case .task(_, let id):
            // Compared through the subscript, which borrows: only the match is copied.
            for service in cluster.services {
                if let index = service.tasks.indices.first(where: { service.tasks[$0].id == id }) {
                    return service.tasks[index].apiRepresentation
                }
            }
            let standalone = cluster.standaloneTasks
            return standalone.indices.first { standalone[$0].id == id }.map { standalone[$0].apiRepresentation }
        case .instance(_, let id):
            return cluster.instances.first { $0.id == id }?.apiRepresentation
        }
    }
}
