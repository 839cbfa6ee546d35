/// Prints a JSON value the way the AWS CLI prints a response (Python's `json.dumps(indent=4)`): one
/// member or element per line, `"key": value`, empty objects and arrays as `{}` and `[]`, timestamps
/// as the CLI's ISO 8601 text. Each token gets its theme role, so the view is syntax-coloured.
struct JSONDocumentPrinter {
    /// Spaces per level; the CLI uses four.
    var indentWidth = 4

    func lines(for value: JSONValue) -> [StyledLine] {
        var lines: [StyledLine] = []
        append(value, key: nil, depth: 0, isLast: true, to: &lines)
        return lines
    }

    private func append(_ value: JSONValue, key: String?, depth: Int, isLast: Bool, to lines: inout [StyledLine]) {
        var line = StyledLine()
        if depth > 0 { line.append(String(repeating: " ", count: depth * indentWidth)) }
        if let key {
            line.append(JSONValue.quoted(key), .jsonKey)
            line.append(": ", .jsonPunctuation)
        }
        switch value {
        case .object(let members) where !members.isEmpty:
            line.append("{", .jsonPunctuation)
            lines.append(line)
            for (index, member) in members.enumerated() {
                append(member.value, key: member.key, depth: depth + 1, isLast: index == members.count - 1, to: &lines)
            }
            line = closing("}", depth: depth)
        case .array(let elements) where !elements.isEmpty:
            line.append("[", .jsonPunctuation)
            lines.append(line)
            for (index, element) in elements.enumerated() {
                append(element, key: nil, depth: depth + 1, isLast: index == elements.count - 1, to: &lines)
            }
            line = closing("]", depth: depth)
        case .object: line.append("{}", .jsonPunctuation)
        case .array: line.append("[]", .jsonPunctuation)
        case .timestamp(let date): line.append(JSONValue.quoted(date.awsCLIText), .jsonString)
        case .string(let string): line.append(JSONValue.quoted(string), .jsonString)
        case .integer, .double: line.append(value.scalarText ?? "", .jsonNumber)
        case .bool, .null: line.append(value.scalarText ?? "", .jsonLiteral)
        }
        if !isLast { line.append(",", .jsonPunctuation) }
        lines.append(line)
    }

    private func closing(_ bracket: String, depth: Int) -> StyledLine {
        var line = StyledLine()
        if depth > 0 { line.append(String(repeating: " ", count: depth * indentWidth)) }
        line.append(bracket, .jsonPunctuation)
        return line
    }
}
