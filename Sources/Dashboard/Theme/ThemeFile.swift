import Foundation
import Yams

/// Reads theme files: a YAML mapping from role (`header`, `selected`, …) to a style
/// (`{ fg: white, bg: 24, bold: true }`). Roles a file leaves out keep the built-in default's style.
public enum ThemeFile {
    /// Parses one theme file's text; `file` only names it in errors.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        var styles = Theme.default.styles
        styles.merge(try definedStyles(text, file: file)) { _, fromFile in fromFile }
        return Theme(name: name, styles: styles)
    }

    /// The roles a theme file itself defines, without the defaults filled in: a shipped theme should
    /// define them all, so that a change to the default theme cannot leak into it.
    public static func definedRoles(_ text: String, file: String) throws(ThemeError) -> Set<Theme.Role> {
        Set(try definedStyles(text, file: file).keys)
    }

    private static func definedStyles(_ text: String, file: String) throws(ThemeError) -> [Theme.Role: Style] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ThemeError(file: file, line: error.line, problem: "not valid YAML (\(error.problem))")
        } catch {
            throw ThemeError(file: file, problem: "not valid YAML")
        }
        guard let root else { return [:] }
        guard let mapping = root.mapping else {
            throw ThemeError(file: file, line: root.mark?.line, problem: "expected a mapping of role: style")
        }
        var styles: [Theme.Role: Style] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let role = Theme.Role(rawValue: key) else {
                throw ThemeError(
                    file: file, line: keyNode.mark?.line, key: key,
                    problem: "unknown role (known: \(Theme.Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            styles[role] = try style(from: valueNode, key: key, file: file)
        }
        return styles
    }

    private static func style(from node: Node, key: String, file: String) throws(ThemeError) -> Style {
        guard let mapping = node.mapping else {
            throw ThemeError(file: file, line: node.mark?.line, key: key, problem: "expected { fg: …, bg: …, bold: true }")
        }
        var style = Style()
        for (fieldNode, valueNode) in mapping {
            let field = fieldNode.string ?? ""
            let line = valueNode.mark?.line
            let value = valueNode.string ?? ""
            switch field {
            case "fg", "bg":
                guard let color = color(named: value) else {
                    throw ThemeError(
                        file: file, line: line, key: "\(key).\(field)",
                        problem: "'\(value)' is not a colour (a name, 0–255, #RRGGBB or default)")
                }
                if field == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "underline", "reverse", "italic":
                guard let on = valueNode.bool else {
                    throw ThemeError(file: file, line: line, key: "\(key).\(field)", problem: "expected true or false")
                }
                let attribute: Style.Attributes = switch field {
                case "bold": .bold
                case "dim": .dim
                case "underline": .underline
                case "reverse": .reverse
                default: .italic
                }
                if on { style.attributes.insert(attribute) }
            default:
                throw ThemeError(
                    file: file, line: fieldNode.mark?.line, key: "\(key).\(field)",
                    problem: "unknown field (fg, bg, bold, dim, underline, reverse, italic)")
            }
        }
        return style
    }

    private static let colorNames: [String: Color] = [
        "default": .default, "black": .indexed(0), "red": .indexed(1), "green": .indexed(2), "yellow": .indexed(3),
        "blue": .indexed(4), "magenta": .indexed(5), "cyan": .indexed(6), "white": .indexed(7), "gray": .indexed(8),
        "grey": .indexed(8), "bright_black": .indexed(8), "bright_red": .indexed(9), "bright_green": .indexed(10),
        "bright_yellow": .indexed(11), "bright_blue": .indexed(12), "bright_magenta": .indexed(13),
        "bright_cyan": .indexed(14), "bright_white": .indexed(15),
    ]

    /// A colour from a name, a palette index 0–255 or `#RRGGBB`.
    public static func color(named text: String) -> Color? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = colorNames[text] { return named }
        if let index = UInt8(text) { return .indexed(index) }
        if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }
}
