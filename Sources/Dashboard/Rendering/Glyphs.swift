/// The characters used for lines, bars and marks: Unicode where the locale is UTF-8, ASCII elsewhere.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var selectionMark: Character
    /// Beside a row marked for a bulk action.
    public var markedRow: Character
    public var barFull: Character
    public var barEmpty: Character
    /// From lowest to highest.
    public var sparkline: [Character]
    public var ellipsis: Character

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        selectionMark: "▶", markedRow: "●", barFull: "█", barEmpty: "░", sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        ellipsis: "…"
    )

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        selectionMark: ">", markedRow: "*", barFull: "#", barEmpty: ".", sparkline: [".", ".", ":", ":", "-", "=", "+", "#"],
        ellipsis: "~"
    )
}
