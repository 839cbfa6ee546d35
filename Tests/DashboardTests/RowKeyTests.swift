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

@Suite struct SortOrderTests {
    @Test func textWithNumbersSortsNaturally() {
        #expect(SortKey(.text("web:9")) < SortKey(.text("web:10")))
        #expect(SortKey(.text("3/3")) < SortKey(.text("10/10")))
        #expect(SortKey(.text("Api")) < SortKey(.text("web")), "case does not count")
    }

    @Test func tasksSortByTheirExactAge() {
        let cluster = SnapshotFixture.make().clusters[0]
        let rows = TaskRows(tasks: cluster.services[1].tasks, now: SnapshotFixture.now, isByInstance: false)
        let age = rows.columns.count - 1
        #expect(rows.columns[age].title == "AGE")
        #expect(rows.sortKey(column: age, at: 0) == .number(895), "started 5 s after being created 900 s ago")
    }

    @Test func wideCharactersCountTheRowsTheyWrapInto() {
        let line = StyledLine("中中中")
        #expect(line.wrapped(to: 3).count == 3)
        #expect(line.rowCount(width: 3, wrap: true) == 3)
        #expect(StyledLine("abcdef").rowCount(width: 3, wrap: true) == 2)
    }
}

@Suite struct NaturalOrderTests {
    @Test func numbersInsideTextCompareByValue() {
        let sorted = ["web:10", "web:9", "web:009x", "web:", "api:2", "web:9a", "10/10", "3/3", "i-0a", "i-00b"]
            .sorted(by: SortKey.naturallyBefore)
        #expect(sorted == ["3/3", "10/10", "api:2", "i-0a", "i-00b", "web:", "web:9", "web:9a", "web:009x", "web:10"])
        #expect(!SortKey.naturallyBefore("same", "same"))
    }
}
