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
        let (columns, widths) = Self.fit(rows.columns, into: rect.width - markWidth)
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
        let visible = rect.height - 1
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
            let cells = rows.cells(at: index)
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

    /// The columns that fit in `width` (dropping the most droppable first) and their widths, the
    /// flexible column taking what is left.
    static func fit(_ columns: [TableColumn], into width: Int) -> ([TableColumn], [Int]) {
        var kept = columns
        func needed(_ columns: [TableColumn]) -> Int { columns.reduce(0) { $0 + $1.width } + max(0, columns.count - 1) }
        while needed(kept) > width, let drop = kept.indices.filter({ kept[$0].dropOrder > 0 }).max(by: {
            kept[$0].dropOrder < kept[$1].dropOrder
        }) {
            kept.remove(at: drop)
        }
        var widths = kept.map(\.width)
        let spare = width - needed(kept)
        if let flexible = kept.firstIndex(where: \.isFlexible) {
            widths[flexible] = max(1, widths[flexible] + spare)
        }
        return (kept, widths)
    }
}
