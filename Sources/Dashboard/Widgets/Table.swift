/// Draws a pane's rows as a table with column titles, a selection mark and scrolling.
struct Table {
    var rows: any PaneRows
    var selected: Int?
    var offset: Int
    var isFocused: Bool
    /// Ids of rows marked for a bulk action.
    var marked: Set<String> = []

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        guard rect.height >= 1, rect.width >= 4 else { return }
        let markWidth = 2
        let visible = rect.height - 1
        // Only the rows on screen are built, and they decide how wide their columns need to be.
        let shown = (0..<max(0, visible)).map { offset + $0 }.filter { $0 < rows.count }
        let cellsByRow = shown.map(rows.cells(at:))
        var contentWidths = Array(repeating: 0, count: rows.columns.count)
        for cells in cellsByRow {
            for (position, cell) in cells.enumerated() where position < contentWidths.count {
                if case .text(let text, _) = cell { contentWidths[position] = max(contentWidths[position], DisplayWidth.of(text)) }
            }
        }
        let (columns, widths) = Self.fit(rows.columns, contentWidths: contentWidths, into: rect.width - markWidth)
        var x = rect.x + markWidth
        for (column, width) in zip(columns, widths) {
            buffer.write(
                Text.fit(column.title, to: width, alignment: column.alignment, ellipsis: glyphs.ellipsis), x: x, y: rect.y,
                style: theme[.tableHeader])
            x += width + 1
        }
        guard rows.count > 0 else {
            buffer.write(rows.emptyText, x: rect.x + markWidth, y: rect.y + 1, style: theme[.dim], maxX: rect.maxX)
            return
        }
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            let y = rect.y + 1 + line
            let isSelected = index == selected
            let rowStyle: Style? = isSelected ? theme[isFocused ? .selected : .selectedUnfocused] : nil
            if let rowStyle { buffer.setStyle(rowStyle, in: Rect(x: rect.x, y: y, width: rect.width, height: 1)) }
            let isMarked = !marked.isEmpty && marked.contains(rows.id(at: index))
            if isSelected { buffer.write(String(glyphs.selectionMark), x: rect.x, y: y, style: rowStyle ?? theme[.row]) }
            if isMarked { buffer.write(String(glyphs.markedRow), x: rect.x + 1, y: y, style: rowStyle ?? theme[.marked]) }
            let cells = cellsByRow[line]
            var x = rect.x + markWidth
            for (column, width) in zip(columns, widths) {
                guard let position = rows.columns.firstIndex(of: column), position < cells.count else { continue }
                switch cells[position] {
                case .text(let text, let cellRole):
                    let role = isMarked && cellRole == .row ? .marked : cellRole
                    let style = rowStyle.map { merge(theme[role], into: $0) } ?? theme[role]
                    buffer.write(
                        Text.fit(text, to: width, alignment: column.alignment, ellipsis: glyphs.ellipsis), x: x, y: y,
                        style: style)
                case .bar(let fraction, let label):
                    Bar.draw(
                        fraction: fraction, label: label, x: x, y: y, width: width, buffer: &buffer, theme: theme,
                        glyphs: glyphs, override: rowStyle)
                }
                x += width + 1
            }
        }
    }

    /// On a selected row the selection's colours win, but a status colour still shows when the
    /// selection is only an underline or dim background (unfocused panes).
    private func merge(_ cellStyle: Style, into rowStyle: Style) -> Style {
        guard !isFocused else { return rowStyle }
        var style = rowStyle
        if style.foreground == .default { style.foreground = cellStyle.foreground }
        style.attributes.formUnion(cellStyle.attributes)
        return style
    }

    /// Widest a column grows to fit its content; longer text is cut with an ellipsis.
    static let widestContent = 40

    /// The columns that fit in `width` (dropping the most droppable first) and their widths: each as
    /// wide as its content on screen (at least its declared width), shrunk back towards the declared
    /// width when space is short, the flexible column taking what is left.
    static func fit(_ columns: [TableColumn], contentWidths: [Int] = [], into width: Int) -> ([TableColumn], [Int]) {
        var kept = Array(columns.indices)
        func needed(_ widths: [Int]) -> Int { widths.reduce(0, +) + max(0, widths.count - 1) }
        while needed(kept.map { columns[$0].width }) > width, let drop = kept.indices.filter({ columns[kept[$0]].dropOrder > 0 }).max(by: {
            columns[kept[$0]].dropOrder < columns[kept[$1]].dropOrder
        }) {
            kept.remove(at: drop)
        }
        let declared = kept.map { columns[$0].width }
        var widths = kept.map { index in
            max(columns[index].width, min(index < contentWidths.count ? contentWidths[index] : 0, widestContent))
        }
        // Too wide: take a column back from the widest ones still above their declared width.
        var excess = needed(widths) - width
        while excess > 0, let widest = widths.indices.filter({ widths[$0] > declared[$0] }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
            excess -= 1
        }
        let spare = width - needed(widths)
        if spare > 0, let flexible = kept.firstIndex(where: { columns[$0].isFlexible }) {
            widths[flexible] += spare
        }
        return (kept.map { columns[$0] }, widths)
    }
}
