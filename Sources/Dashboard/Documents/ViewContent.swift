/// What each route shows: the one place that turns a route into its document.
enum ViewContent {
    static func document(for entry: ViewEntry, model: DashboardModel, state: AppState, width: Int) -> Document {
        let snapshot = model.snapshot
        guard let cluster = snapshot.cluster(named: entry.route.subject.cluster) else {
            return Document(emptyText: "cluster \(entry.route.subject.cluster) is gone")
        }
        switch entry.route {
        case .describe(let subject):
            return DescribeDocument(subject: subject, cluster: cluster, snapshot: snapshot).build()
        case .logs(let subject):
            return LogsDocument(subject: subject, lines: state.logLines, showsTimestamps: entry.timestamps).build()
        case .detail(.cluster):
            return ClusterOverviewDocument(cluster: cluster, snapshot: snapshot, width: width).build()
        case .detail(.service(_, let name)):
            guard let service = cluster.service(named: name) else { return Document(emptyText: "service \(name) is gone") }
            return ServiceDetailDocument(service: service, cluster: cluster, snapshot: snapshot, width: width).build()
        case .detail(.instance(_, let id)):
            guard let instance = cluster.instances.first(where: { $0.id == id }) else {
                return Document(emptyText: "container instance \(id) is gone")
            }
            return InstanceDetailDocument(instance: instance, cluster: cluster, snapshot: snapshot, width: width).build()
        case .detail(.task(let clusterName, let id)):
            return DescribeDocument(subject: .task(cluster: clusterName, task: id), cluster: cluster, snapshot: snapshot).build()
        }
    }
}
