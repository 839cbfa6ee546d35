import Foundation

extension JSONValue {
    /// Compact JSON as the ECS API sends it: no whitespace, timestamps as epoch seconds with
    /// millisecond precision.
    public var compactText: String {
        var text = ""
        appendCompact(to: &text)
        return text
    }

    private func appendCompact(to text: inout String) {
        switch self {
        case .object(let members):
            text.append("{")
            for (index, member) in members.enumerated() {
                if index > 0 { text.append(",") }
                JSONValue.appendQuoted(member.key, to: &text)
                text.append(":")
                member.value.appendCompact(to: &text)
            }
            text.append("}")
        case .array(let elements):
            text.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { text.append(",") }
                element.appendCompact(to: &text)
            }
            text.append("]")
        case .timestamp(let date):
            text.append(JSONValue.epochSecondsText(date))
        case .string(let string):
            JSONValue.appendQuoted(string, to: &text)
        default:
            text.append(scalarText ?? "null")
        }
    }

    /// The text of a string, number or literal as JSON spells it; nil for objects, arrays and
    /// timestamps, whose spelling depends on who reads them.
    public var scalarText: String? {
        switch self {
        case .string(let string): JSONValue.quoted(string)
        case .integer(let number): String(number)
        // JSON has no NaN or infinity; ECS never sends them, so null is only a safe fallback.
        case .double(let number): number.isFinite ? "\(number)" : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .object, .array, .timestamp: nil
        }
    }

    /// `string` in double quotes with JSON's escapes. Non-ASCII text is kept as it is, as the CLI
    /// prints it (`ensure_ascii=False`).
    public static func quoted(_ string: String) -> String {
        var text = ""
        appendQuoted(string, to: &text)
        return text
    }

    /// `quoted(string)` appended in place. Almost every string the API sends (names, ARNs, statuses)
    /// needs no escape: those are copied whole, which keeps serving a hundred tasks cheap.
    static func appendQuoted(_ string: String, to text: inout String) {
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text.append("\"")
            text.append(string)
            text.append("\"")
            return
        }
        text.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text.append("\\\"")
            case "\\": text.append("\\\\")
            case "\n": text.append("\\n")
            case "\r": text.append("\\r")
            case "\t": text.append("\\t")
            case "\u{08}": text.append("\\b")
            case "\u{0C}": text.append("\\f")
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text.append("\"")
    }

    /// Epoch seconds rounded to milliseconds, the precision ECS keeps: `1767225871.589`, `1767225871`.
    static func epochSecondsText(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        guard fraction != 0 else { return String(milliseconds / 1000) }
        var digits = String(abs(fraction))
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return (milliseconds < 0 && seconds == 0 ? "-" : "") + String(seconds) + "." + digits
    }
}
