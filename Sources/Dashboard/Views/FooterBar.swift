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
        // Hints in keymap order until the line is full; help and quit always find room.
        let hints = keymap.applicable(readOnly: state.readOnly, simulated: simulated).compactMap(\.footer)
        func width(_ hint: (keys: String, label: String)) -> Int { DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.label) + 3 }
        let essential = hints.filter { $0.keys == "?" || $0.keys == "q" }
        var room = rect.width - 1 - essential.reduce(0) { $0 + width($1) }
        var x = rect.x + 1
        for hint in hints {
            let isEssential = hint.keys == "?" || hint.keys == "q"
            if !isEssential {
                guard width(hint) <= room else { continue }
                room -= width(hint)
            }
            guard x + width(hint) <= rect.maxX else { break }
            x = buffer.write(hint.keys + " ", x: x, y: rect.y, style: theme[.footerKey])
            x = buffer.write(hint.label + "  ", x: x, y: rect.y, style: theme[.footer])
        }
        if state.readOnly, x + 11 <= rect.maxX {
            buffer.write("[read-only]", x: rect.maxX - 12, y: rect.y, style: theme[.footerKey])
        }
    }
}
