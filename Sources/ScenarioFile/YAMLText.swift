import Foundation

/// Building YAML text line by line with the indentation and quoting a scenario file needs. Plain
/// scalars where YAML reads them back as the same string, double-quoted (JSON-style) elsewhere.
struct YAMLText {
    private(set) var lines: [String] = []
    private var indent = 0

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func comment(_ text: String) { lines.append(pad + "# " + text) }

    mutating func blank() { lines.append("") }

    /// `key: value`, left out when the value is nil.
    mutating func field(_ key: String, _ value: Scalar?) {
        guard let value else { return }
        lines.append(pad + key + ": " + value.text)
    }

    /// `key: [a, b]` on one line; left out when empty unless `keepEmpty`.
    mutating func list(_ key: String, _ values: [Scalar], keepEmpty: Bool = false) {
        guard !values.isEmpty || keepEmpty else { return }
        lines.append(pad + key + ": [" + values.map(\.text).joined(separator: ", ") + "]")
    }

    /// `key: { a: 1, b: x }` on one line, for small mappings; nil values are left out.
    mutating func inline(_ key: String, _ pairs: [(String, Scalar?)]) {
        lines.append(pad + key + ": " + Self.flow(pairs))
    }

    /// `key:` and what `body` writes, indented under it.
    mutating func section(_ key: String, _ body: (inout YAMLText) -> Void) {
        lines.append(pad + key + ":")
        indent += 2
        body(&self)
        indent -= 2
    }

    /// One `- ` item of a block sequence: its first line carries the dash.
    mutating func item(_ body: (inout YAMLText) -> Void) {
        let start = lines.count
        indent += 2
        body(&self)
        indent -= 2
        guard start < lines.count else { return }
        var first = lines[start]
        let dropped = first.dropFirst(indent + 2)
        first = pad + "- " + dropped
        lines[start] = first
    }

    /// `- { a: 1 }`: a small mapping as one sequence item.
    mutating func inlineItem(_ pairs: [(String, Scalar?)]) {
        lines.append(pad + "- " + Self.flow(pairs))
    }

    static func flow(_ pairs: [(String, Scalar?)]) -> String {
        "{ " + pairs.compactMap { key, value in value.map { "\(key): \($0.text)" } }.joined(separator: ", ") + " }"
    }

    private var pad: String { String(repeating: " ", count: indent) }

    /// A value as YAML writes it.
    enum Scalar {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
        case flow(String)

        var text: String {
            switch self {
            case .string(let s): Self.quoted(s)
            case .int(let n): String(n)
            case .double(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            case .bool(let b): b ? "true" : "false"
            case .flow(let s): s
            }
        }

        /// Plain when YAML 1.1 and 1.2 both read it back as this string, else double-quoted.
        static func quoted(_ s: String) -> String {
            let plainStart = s.first.map { $0.isLetter || $0 == "/" || $0 == "." } ?? false
            let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:@=+".contains($0) }
            let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"].contains(s.lowercased())
            if plainStart, safe, !reserved, !s.hasSuffix(":"), Double(s) == nil { return s }
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
    }
}
