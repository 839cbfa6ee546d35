@testable import Dashboard
import Testing

/// Document tables: sized by their content, narrowed by dropping the least useful columns.
@Suite struct DocumentTableTests {
    private let headers = ["NAME", "LAUNCH", "DESIRED", "REASON"]
    private let rows: [[StyledLine.Span]] = [
        [.init("web"), .init("EC2"), .init("4"), .init("steady")],
        [.init("frontend"), .init("FARGATE"), .init("12"), .init("a long reason that is never cut")],
    ]

    @Test func columnsAreAsWideAsTheirWidestCellAndTheLastIsLeftWhole() {
        let lines = DocumentTable.lines(headers: headers, rows: rows, rightAligned: [2]).map(\.text)
        #expect(lines == [
            "  NAME      LAUNCH   DESIRED  REASON",
            "  web       EC2            4  steady",
            "  frontend  FARGATE       12  a long reason that is never cut",
        ])
    }

    @Test func narrowWidthsDropColumnsInOrder() {
        // 36 columns with every column (the last counts by its header); 27 without LAUNCH.
        let full = DocumentTable.lines(headers: headers, rows: rows, width: 36, dropOrder: [1, 2]).map(\.text)
        #expect(full[0] == "  NAME      LAUNCH   DESIRED  REASON")
        let lines = DocumentTable.lines(headers: headers, rows: rows, rightAligned: [2], width: 35, dropOrder: [1, 2])
            .map(\.text)
        #expect(lines == [
            "  NAME      DESIRED  REASON",
            "  web             4  steady",
            "  frontend       12  a long reason that is never cut",
        ])
        let narrowest = DocumentTable.lines(headers: headers, rows: rows, width: 1, dropOrder: [1, 2, 3]).map(\.text)
        #expect(narrowest == ["  NAME", "  web", "  frontend"])
    }
}
