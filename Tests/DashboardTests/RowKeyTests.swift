@testable import Dashboard
import Testing

/// Panes with many rows filter and sort without building cells; what they compare must be what
/// they show.
@Suite struct RowKeyTests {
    let cluster = SnapshotFixture.make().clusters[0]

    @Test func instanceSortKeysMatchTheCellsShown() {
        let rows = InstanceRows(instances: cluster.instances, fargateTasks: 2)
        for index in 0..<cluster.instances.count {
            let cells = rows.cells(at: index)
            for column in rows.columns.indices {
                #expect(rows.sortKey(column: column, at: index) == SortKey(cells[column]), "\(rows.columns[column].title)")
            }
        }
        // The Fargate row sorts after the instances by any text column.
        #expect(rows.sortKey(column: 0, at: rows.count - 1) > rows.sortKey(column: 0, at: 0))
    }

    @Test func instanceFilterTextHoldsWhatTheRowShows() {
        let rows = InstanceRows(instances: cluster.instances, fargateTasks: nil)
        for index in 0..<rows.count {
            let text = rows.filterText(at: index)
            for case .text(let shown, _) in rows.cells(at: index) where shown != "-" {
                let value = shown.count <= 3 ? cluster.instances[index].availabilityZone : shown
                #expect(text.contains(value) || Int(shown) != nil, "\(shown) in \(text)")
            }
        }
    }
}
