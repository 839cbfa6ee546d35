import Dashboard
import Testing

/// Deleted services in the Services pane: gone once INACTIVE, still there (and scalable, for ECS to
/// refuse) while DRAINING.
@Suite struct DeletedServiceRowsTests {
    private func snapshot(webStatus: String) -> ControlPlaneSnapshot {
        var snapshot = SnapshotFixture.make()
        let web = snapshot.clusters[0].services.firstIndex { $0.service.name == "web" }!
        snapshot.clusters[0].services[web].service.status = webStatus
        return snapshot
    }

    @Test func anInactiveServiceIsNotListed() {
        var dashboard = Dashboard()
        let snapshot = snapshot(webStatus: "INACTIVE")
        // web was the first row; api takes its place under the cursor.
        #expect(dashboard.handle(.character("+"), in: snapshot) == [.updateService(cluster: "prod", service: "api", desiredCount: 3)])
    }

    @Test func aDrainingServiceIsListedAndItsScalingGoesToTheControlPlane() {
        var dashboard = Dashboard()
        let snapshot = snapshot(webStatus: "DRAINING")
        #expect(dashboard.handle(.character("+"), in: snapshot) == [.updateService(cluster: "prod", service: "web", desiredCount: 4)])
    }
}
