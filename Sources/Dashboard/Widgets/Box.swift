/// A bordered frame with a title in its top edge.
struct Box {
    var title: String
    var isFocused: Bool

    /// Draws the frame and returns the inside.
    @discardableResult
    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = theme[isFocused ? .borderFocus : .border]
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        buffer.write(String(glyphs.topLeft) + horizontal + String(glyphs.topRight), x: rect.x, y: rect.y, style: style)
        buffer.write(String(glyphs.bottomLeft) + horizontal + String(glyphs.bottomRight), x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(String(glyphs.vertical), x: rect.x, y: y, style: style)
            buffer.write(String(glyphs.vertical), x: rect.maxX - 1, y: y, style: style)
        }
        let inside = rect.inset(by: 1)
        buffer.fill(inside, with: .blank)
        let label = Text.truncate(" \(title) ", to: rect.width - 4, ellipsis: glyphs.ellipsis)
        buffer.write(label, x: rect.x + 1, y: rect.y, style: theme[isFocused ? .titleFocus : .title])
        return inside
    }
}
