/// One terminal cell. A wide character (CJK, emoji) occupies its cell and the next, which holds
/// `Cell.continuation` so that the terminal layer skips it.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static let continuation = Cell("\u{0}")

    public var isContinuation: Bool { character == "\u{0}" }
}
