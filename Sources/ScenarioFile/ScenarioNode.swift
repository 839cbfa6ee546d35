import Yams

/// A YAML node with what an error about it needs: its key path and the file it was read from.
struct ScenarioNode {
    var node: Node
    var path: String
    var file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    var isNull: Bool { node.scalar.map { $0.style == .plain && ["", "~", "null", "Null", "NULL"].contains($0.string) } ?? false }

    /// How a message shows what it found: the scalar quoted, or the kind of node.
    var found: String {
        switch node {
        case .scalar(let scalar):
            if isNull { return "nothing" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "\"\(text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
