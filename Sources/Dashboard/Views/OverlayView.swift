/// Dialogs drawn over the panes: help, confirmation, prompt.
struct OverlayView {
    var overlay: Overlay
    var keymap: Keymap
    var state: AppState
    var simulated: Bool

    func draw(in screen: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        switch overlay {
        case .help(let offset):
            drawHelp(offset: offset, screen: screen, buffer: &buffer, theme: theme, glyphs: glyphs)
        case .confirmation(let confirmation):
            drawDialog(
                title: "Confirm", lines: [confirmation.question, "", "y  yes      n / Esc  no"], screen: screen, buffer: &buffer,
                theme: theme, glyphs: glyphs)
        case .prompt(let prompt):
            drawDialog(
                title: "Input", lines: [prompt.question, "", "> " + prompt.text + "_", "", "Enter  apply      Esc  cancel"],
                screen: screen, buffer: &buffer, theme: theme, glyphs: glyphs)
        case .commandLine, .filterInput, .searchInput:
            break  // drawn by the footer
        case .faultMenu(let menu):
            var lines = menu.choices.enumerated().map { index, choice in
                "\(index == menu.selected ? glyphs.selectionMark : " ") \(index + 1)  \(choice.label)"
            }
            lines += ["", "↑ ↓ / number  choose      Enter  pick      Esc  close"]
            drawDialog(title: menu.title, lines: lines, screen: screen, buffer: &buffer, theme: theme, glyphs: glyphs)
        }
    }

    /// Every applicable binding, from the keymap, grouped by where it applies.
    static func helpLines(keymap: Keymap, readOnly: Bool, simulated: Bool) -> [String] {
        var lines: [String] = []
        let applicable = keymap.applicable(readOnly: readOnly, simulated: simulated)
        for scope in Action.Scope.allCases {
            let bindings = applicable.filter { $0.action.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(scope.title)
            for binding in bindings {
                let keys = binding.keys.map(\.displayName).joined(separator: " ")
                let mark = binding.traits.contains(.confirms) ? "  (confirms)" : ""
                lines.append("  " + Text.fit(keys, to: 16, alignment: .left, ellipsis: "…") + " " + binding.label + mark)
            }
        }
        lines.append("")
        lines.append("With --mouse: a click focuses a pane (or a tab) and selects the row; the wheel scrolls")
        lines.append("")
        lines += CommandInterpreter.helpLines(simulated: simulated)
        return lines
    }

    private func drawHelp(offset: Int, screen: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        let lines = Self.helpLines(keymap: keymap, readOnly: state.readOnly, simulated: simulated)
        let longest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.width - 4, longest + 4)
        let height = min(screen.height - 2, lines.count + 2)
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
        let inside = frame(rect, title: "Help · keys (Esc closes)", buffer: &buffer, theme: theme, glyphs: glyphs)
        let start = min(max(0, offset), max(0, lines.count - inside.height))
        for (row, line) in lines.dropFirst(start).prefix(inside.height).enumerated() {
            let text = Text.truncate(line, to: inside.width - 2, ellipsis: glyphs.ellipsis)
            buffer.write(" " + text, x: inside.x, y: inside.y + row, style: theme[.dialog], maxX: inside.maxX)
        }
        // Where in the list the help is, when it does not fit.
        if lines.count > inside.height {
            let label = " \(start + 1)-\(min(lines.count, start + inside.height)) of \(lines.count) · ↑ ↓ PgUp PgDn "
            buffer.write(label, x: max(rect.x + 1, rect.maxX - 2 - DisplayWidth.of(label)), y: rect.maxY - 1, style: theme[.dialogBorder])
        }
    }

    private func drawDialog(title: String, lines: [String], screen: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        let longest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.width - 2, max(40, longest + 4))
        let height = min(screen.height - 2, lines.count + 2)
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
        let inside = frame(rect, title: title, buffer: &buffer, theme: theme, glyphs: glyphs)
        for (row, line) in lines.prefix(inside.height).enumerated() {
            buffer.write(" " + Text.truncate(line, to: inside.width - 2, ellipsis: glyphs.ellipsis), x: inside.x, y: inside.y + row, style: theme[.dialog])
        }
    }

    private func frame(_ rect: Rect, title: String, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) -> Rect {
        var dialogTheme = theme
        dialogTheme.styles[.borderFocus] = theme[.dialogBorder]
        dialogTheme.styles[.titleFocus] = theme[.dialogBorder].adding(.bold)
        let inside = Box(title: title, isFocused: true).draw(in: rect, buffer: &buffer, theme: dialogTheme, glyphs: glyphs)
        buffer.fill(inside, with: Cell(" ", style: theme[.dialog]))
        return inside
    }
}
