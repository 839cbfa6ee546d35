import Dashboard
import Testing

/// Deleted (INACTIVE) clusters leave the dashboard, and a selection on one falls back to the first cluster.
@Suite struct InactiveClusterTests {
    @Test func aDeletedClusterIsNeitherListedNorSelected() {
        var snapshot = SnapshotFixture.make()
        var state = AppState(glyphs: .unicode, readOnly: false)
        state.selections[.clusters] = PaneSelection(id: "staging", index: 1)
        #expect(DashboardModel(snapshot: snapshot, state: state).cluster?.cluster.name == "staging")
        #expect(Dashboard().render(snapshot, width: 120, height: 36).text.contains("staging"))

        let staging = snapshot.clusters.firstIndex { $0.cluster.name == "staging" }!
        snapshot.clusters[staging].cluster.status = "INACTIVE"
        let model = DashboardModel(snapshot: snapshot, state: state)
        #expect(model.cluster?.cluster.name == "prod")
        #expect(model.snapshot.clusters.map(\.cluster.name) == ["prod"])
        #expect(!Dashboard().render(snapshot, width: 120, height: 36).text.contains("staging"))
    }
}
