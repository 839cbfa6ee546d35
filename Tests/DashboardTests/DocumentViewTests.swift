@testable import Dashboard
import Testing

@Suite struct DocumentViewTests {
    @Test func aMatchSplitByWrappingIsHighlightedOnBothRows() {
        var entry = ViewEntry(route: .describe(.cluster("prod")))
        entry.wrap = true
        entry.search = "get"
        let view = DocumentView(document: Document(lines: [StyledLine("abcdGEThij")]), entry: entry, breadcrumbs: ["prod"])
        // Frame, one column of margin, five columns of text.
        var buffer = CellBuffer(width: 8, height: 5)
        view.draw(in: buffer.bounds, buffer: &buffer, theme: .default, glyphs: .unicode)
        let match = Theme.default[.searchMatch]
        let highlighted = (0..<buffer.height).flatMap { y in (0..<buffer.width).filter { buffer[$0, y].style == match }.map { (y, buffer[$0, y].character) } }
        #expect(highlighted.map(\.1) == ["G", "E", "T"])
        #expect(highlighted.map(\.0) == [1, 2, 2], "G ends the first row, ET start the second")
    }
}
