/// A mouse event as the dashboard sees it: which cell, and what happened there. Only reported with
/// `--mouse`, so that without it the terminal's own text selection keeps working.
public struct MouseEvent: Hashable, Sendable {
    /// Column and row of the cell, from the top-left corner (0, 0).
    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }

    public enum Kind: Hashable, Sendable {
        /// The left button went down.
        case click
        case wheelUp, wheelDown
    }
}
