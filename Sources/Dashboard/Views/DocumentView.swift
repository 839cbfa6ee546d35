import Foundation

/// Draws an open view: a frame titled with the breadcrumbs, the document's lines from the entry's
/// offset (wrapped if asked), search matches highlighted, and where you are in the bottom edge.
struct DocumentView {
    var document: Document
    var entry: ViewEntry
    var breadcrumbs: [String]

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        let separator = glyphs == .ascii ? " > " : " › "
        let inside = Box(title: breadcrumbs.joined(separator: separator), isFocused: true)
            .draw(in: rect, buffer: &buffer, theme: theme, glyphs: glyphs)
        guard inside.width > 2, inside.height > 0 else { return }
        let textRect = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 1, height: inside.height)
        guard !document.lines.isEmpty else {
            buffer.write(document.emptyText, x: textRect.x, y: textRect.y, style: theme[.dim], maxX: textRect.maxX)
            return
        }
        let viewport = DocumentViewport(document: document, rows: textRect.height, width: textRect.width, wrap: entry.wrap)
        let first = viewport.offset(for: entry)
        var y = textRect.y
        var index = first
        while y < textRect.maxY, index < document.lines.count {
            let line = document.lines[index]
            let rows = entry.wrap ? line.wrapped(to: textRect.width) : [line]
            // Matches are found in the whole line, so one split by wrapping still shows on both rows.
            let matches = highlightedOffsets(in: line.text)
            var start = 0
            for row in rows where y < textRect.maxY {
                draw(row, from: start, matches: matches, x: textRect.x, y: y, maxX: textRect.maxX, buffer: &buffer, theme: theme, glyphs: glyphs)
                start += row.text.count
                y += 1
            }
            index += 1
        }
        drawPosition(first: first, last: index, rect: rect, buffer: &buffer, theme: theme)
    }

    /// Draws one row; `start` is the row's first character's offset in its line, `matches` the line's
    /// highlighted offsets.
    private func draw(
        _ line: StyledLine, from start: Int, matches: Set<Int>, x: Int, y: Int, maxX: Int, buffer: inout CellBuffer,
        theme: Theme, glyphs: Glyphs
    ) {
        var column = x
        var offset = start
        let cut = !entry.wrap && line.width > maxX - x
        for span in line.spans {
            for character in span.text {
                let width = DisplayWidth.of(character)
                if cut, column + width > maxX - 1 {
                    buffer.write(String(glyphs.ellipsis), x: maxX - 1, y: y, style: theme[.dim])
                    return
                }
                let role: Theme.Role = matches.contains(offset) ? .searchMatch : span.role
                column = buffer.write(String(character), x: column, y: y, style: theme[role], maxX: maxX)
                offset += 1
            }
        }
    }

    /// Character offsets of the line that fall inside a match of the search term.
    private func highlightedOffsets(in text: String) -> Set<Int> {
        guard let term = entry.search, !term.isEmpty else { return [] }
        var offsets = Set<Int>()
        var searchStart = text.startIndex
        while let range = text.range(of: term, options: .caseInsensitive, range: searchStart..<text.endIndex) {
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            let length = text.distance(from: range.lowerBound, to: range.upperBound)
            offsets.formUnion(start..<(start + length))
            searchStart = range.upperBound
        }
        return offsets
    }

    /// ` 41–80 of 200 · follow · wrap ` in the bottom edge, right-aligned.
    private func drawPosition(first: Int, last: Int, rect: Rect, buffer: inout CellBuffer, theme: Theme) {
        var parts = ["\(first + 1)-\(last) of \(document.lines.count)"]
        if entry.route.isLogs { parts.append(entry.follow ? "follow" : "paused") }
        if entry.wrap { parts.append("wrap") }
        if let term = entry.search, !term.isEmpty {
            let count = document.matches(of: term).count
            parts.append("/\(term): \(count) \(count == 1 ? "match" : "matches")")
        }
        let label = " " + parts.joined(separator: " · ") + " "
        let x = rect.maxX - 2 - DisplayWidth.of(label)
        guard x > rect.x + 1 else { return }
        buffer.write(label, x: x, y: rect.maxY - 1, style: theme[.dim])
    }
}
