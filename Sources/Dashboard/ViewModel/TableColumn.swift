/// A column of a pane's table. When the pane is too narrow, columns with the highest `dropOrder` go first.
public struct TableColumn: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public var title: String
    public var width: Int
    public var alignment: Alignment
    /// 0 never drops; larger drops sooner.
    public var dropOrder: Int
    /// Takes the spare width.
    public var isFlexible: Bool

    public init(_ title: String, width: Int, alignment: Alignment = .left, dropOrder: Int = 0, isFlexible: Bool = false) {
        self.title = title
        self.width = max(width, title.count)
        self.alignment = alignment
        self.dropOrder = dropOrder
        self.isFlexible = isFlexible
    }
}

/// What goes in one cell of a table row.
public enum TableCell: Hashable, Sendable {
    case text(String, Theme.Role = .row)
    /// A horizontal bar filled to `fraction` (0…1), followed by `label`.
    case bar(fraction: Double, label: String)
}
