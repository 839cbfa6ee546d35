/// A table inside a document: columns as wide as their widest cell (capped, so one long value does
/// not push the rest off screen), two spaces apart; the last column is never padded nor cut, so wrap
/// mode can show it whole.
enum DocumentTable {
    static func lines(
        headers: [String], rows: [[StyledLine.Span]], rightAligned: Set<Int> = [], indent: Int = 2,
        maxColumnWidth: Int = 40
    ) -> [StyledLine] {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(maxColumnWidth, DisplayWidth.of(cell.text)))
            }
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [StyledLine.Span]) -> StyledLine {
            var line = StyledLine()
            line.append(margin)
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                if isLast && !rightAligned.contains(column) {
                    line.append(cell.text, cell.role)
                } else {
                    let width = column < widths.count ? widths[column] : DisplayWidth.of(cell.text)
                    let alignment: TableColumn.Alignment = rightAligned.contains(column) ? .right : .left
                    line.append(Text.fit(cell.text, to: width, alignment: alignment, ellipsis: "…"), cell.role)
                }
                if !isLast { line.append("  ") }
            }
            return line
        }
        return [line(headers.map { StyledLine.Span($0, .tableHeader) })] + rows.map(line)
    }
}
