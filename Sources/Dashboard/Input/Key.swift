/// A key press as the dashboard sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lowercased: Ctrl-C is `.control("c")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    case function(Int)
    /// The terminal changed size.
    case resize
    /// A click or a turn of the wheel (only with `--mouse`); never bound in a keymap.
    case mouse(MouseEvent)
}
