/// Semantic styles, loaded from a theme file. Widgets ask for `theme.selected`, never for a colour.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var header: Style
    public var border: Style
    public var borderFocus: Style
    public var title: Style

    public static let `default` = Theme(
        name: "default",
        header: Style(foreground: .black, background: .cyan, attributes: .bold),
        border: Style(foreground: .indexed(8)),
        borderFocus: Style(foreground: .cyan, attributes: .bold),
        title: Style(foreground: .white, attributes: .bold)
    )
}
