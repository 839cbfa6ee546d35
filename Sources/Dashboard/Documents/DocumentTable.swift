/// A table inside a document: columns as wide as their widest cell (capped, so one long value does
/// not push the rest off screen), two spaces apart; the last column is never padded nor cut, so wrap
/// mode can show it whole. When the table is wider than `width`, the columns in `dropOrder` go first,
/// as the panes drop theirs.
enum DocumentTable {
    static func lines(
        headers: [String], rows: [[StyledLine.Span]], rightAligned: Set<Int> = [], indent: Int = 2,
        maxColumnWidth: Int = 40, width: Int = .max, dropOrder: [Int] = []
    ) -> [StyledLine] {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(maxColumnWidth, DisplayWidth.of(cell.text)))
            }
        }
        // The last column takes what is left (and wraps), so only its header has to fit.
        func needed(_ columns: [Int]) -> Int {
            guard let last = columns.last else { return 0 }
            return indent + columns.dropLast().reduce(0) { $0 + widths[$1] + 2 } + DisplayWidth.of(headers[last])
        }
        var kept = Array(headers.indices)
        var drops = dropOrder[...]
        while kept.count > 1, needed(kept) > width, let next = drops.popFirst() {
            kept.removeAll { $0 == next }
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [StyledLine.Span]) -> StyledLine {
            var line = StyledLine()
            line.append(margin)
            for (position, column) in kept.enumerated() where column < cells.count {
                let cell = cells[column]
                let isLast = position == kept.count - 1
                if isLast && !rightAligned.contains(column) {
                    line.append(cell.text, cell.role)
                } else {
                    let alignment: TableColumn.Alignment = rightAligned.contains(column) ? .right : .left
                    line.append(Text.fit(cell.text, to: widths[column], alignment: alignment, ellipsis: "…"), cell.role)
                }
                if !isLast { line.append("  ") }
            }
            return line
        }
        return [line(headers.map { StyledLine.Span($0, .tableHeader) })] + rows.map(line)
    }
}
