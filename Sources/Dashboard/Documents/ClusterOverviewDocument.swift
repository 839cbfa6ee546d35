/// A cluster at a glance: capacity providers and their reservation, Auto Scaling groups, services.
struct ClusterOverviewDocument {
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    func build() -> Document {
        var document = Document()
        document.append("Cluster \(cluster.cluster.name)", .heading)
        return document
    }
}
