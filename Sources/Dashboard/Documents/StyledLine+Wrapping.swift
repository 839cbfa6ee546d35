extension StyledLine {
    /// Display columns the line takes.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The line cut into rows of at most `width` columns, styles kept; an empty line stays one row.
    public func wrapped(to width: Int) -> [StyledLine] {
        guard width > 0, self.width > width else { return [self] }
        var rows: [StyledLine] = []
        var row = StyledLine()
        var used = 0
        for span in spans {
            var piece = ""
            for character in span.text {
                let columns = DisplayWidth.of(character)
                if used + columns > width {
                    if !piece.isEmpty { row.append(piece, span.role) }
                    rows.append(row)
                    row = StyledLine()
                    piece = ""
                    used = 0
                }
                piece.append(character)
                used += columns
            }
            if !piece.isEmpty { row.append(piece, span.role) }
        }
        if !row.spans.isEmpty { rows.append(row) }
        return rows
    }

    /// How many rows the line takes at `width`, wrapped or not.
    func rowCount(width: Int, wrap: Bool) -> Int {
        guard wrap, width > 0 else { return 1 }
        let columns = self.width
        guard columns > width else { return 1 }
        // Wide characters that do not fit at a row's end move to the next row: count as wrapping does.
        if spans.contains(where: { $0.text.unicodeScalars.contains { $0.value >= 0x1100 } }) { return wrapped(to: width).count }
        return (columns + width - 1) / width
    }
}
