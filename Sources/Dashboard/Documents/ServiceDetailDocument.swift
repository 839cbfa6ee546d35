/// One service in depth: deployments, target health, auto scaling, metric history and events.
struct ServiceDetailDocument {
    let service: ServiceSnapshot
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    func build() -> Document {
        var document = Document()
        document.append("Service \(service.service.name)", .heading)
        return document
    }
}
