/// The bottom line: the command line while typing, else the last status message, else key hints
/// generated from the keymap.
struct FooterBar {
    var state: AppState
    var keymap: Keymap
    var simulated: Bool

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        buffer.fill(rect, with: Cell(" ", style: theme[.footer]))
        if case .commandLine(let text) = state.overlay {
            let x = buffer.write(":" + text, x: rect.x, y: rect.y, style: theme[.footerKey], maxX: rect.maxX - 1)
            buffer.write("_", x: x, y: rect.y, style: theme[.footerKey].adding(.reverse))
            return
        }
        if let status = state.status {
            buffer.write(" " + status.text + " ", x: rect.x, y: rect.y, style: theme[status.isError ? .error : .message], maxX: rect.maxX)
            return
        }
        var x = rect.x + 1
        for binding in keymap.applicable(readOnly: state.readOnly, simulated: simulated) {
            guard let footer = binding.footer else { continue }
            let width = DisplayWidth.of(footer.keys) + DisplayWidth.of(footer.label) + 3
            guard x + width <= rect.maxX else { break }
            x = buffer.write(footer.keys + " ", x: x, y: rect.y, style: theme[.footerKey])
            x = buffer.write(footer.label + "  ", x: x, y: rect.y, style: theme[.footer])
        }
        if state.readOnly, x + 11 <= rect.maxX {
            buffer.write("[read-only]", x: rect.maxX - 12, y: rect.y, style: theme[.footerKey])
        }
    }
}
