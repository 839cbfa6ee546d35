/// The bottom line: the command line while typing, else the last status message, else key hints
/// generated from the keymap.
struct FooterBar {
    var state: AppState
    var keymap: Keymap
    var simulated: Bool

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        buffer.fill(rect, with: Cell(" ", style: theme[.footer]))
        if let (prompt, text) = typing {
            let x = buffer.write(prompt + text, x: rect.x, y: rect.y, style: theme[.footerKey], maxX: rect.maxX - 1)
            buffer.write("_", x: x, y: rect.y, style: theme[.footerKey].adding(.reverse))
            // Completion candidates and refusals show beside what is typed.
            if let status = state.status {
                buffer.write("  " + status.text, x: x + 1, y: rect.y, style: theme[status.isError ? .error : .dim], maxX: rect.maxX)
            }
            return
        }
        if let status = state.status {
            let style = status.isFading ? theme[.dim] : theme[status.isError ? .error : .message]
            buffer.write(" " + status.text + " ", x: rect.x, y: rect.y, style: style, maxX: rect.maxX)
            return
        }
        // Hints in keymap order until the line is full; help and quit always find room.
        let scopes = Self.scopes(for: state)
        let hints = keymap.applicable(readOnly: state.readOnly, simulated: simulated)
            .filter { scopes.contains($0.action.scope) }.compactMap(\.footer)
        func width(_ hint: (keys: String, label: String)) -> Int { DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.label) + 3 }
        let essential = hints.filter { $0.keys == "?" || $0.keys == "q" }
        let readOnlyTag = state.readOnly ? 12 : 0
        var room = rect.width - 1 - readOnlyTag - essential.reduce(0) { $0 + width($1) }
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

    /// What is being typed on the footer line, after its prompt character.
    private var typing: (String, String)? {
        switch state.overlay {
        case .commandLine(let text): (":", text)
        case .filterInput(let text, _): ("/", text)
        case .searchInput(let text): ("/", text)
        default: nil
        }
    }

    /// The binding scopes that apply to what is on screen.
    static func scopes(for state: AppState) -> Set<Action.Scope> {
        guard let entry = state.openView else { return [.everywhere, .lists] }
        return entry.route.isLogs ? [.everywhere, .views, .logs] : [.everywhere, .views]
    }
}
