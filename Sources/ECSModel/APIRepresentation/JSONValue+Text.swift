import Foundation

extension JSONValue {
    /// Compact JSON as the ECS API sends it: no whitespace, timestamps as epoch seconds with
    /// millisecond precision.
    public var compactText: String { String(decoding: compactUTF8, as: UTF8.self) }

    /// `compactText` as UTF-8 bytes, built as bytes: appending to a byte array is several times
    /// cheaper than appending to a String, and a hundred tasks make thousands of appends.
    public var compactUTF8: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        appendCompact(to: &bytes)
        return bytes
    }

    private func appendCompact(to bytes: inout [UInt8]) {
        switch self {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONValue.appendQuoted(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                member.value.appendCompact(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                element.appendCompact(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .timestamp(let date):
            bytes.append(contentsOf: JSONValue.epochSecondsText(date).utf8)
        case .string(let string):
            JSONValue.appendQuoted(string, to: &bytes)
        default:
            bytes.append(contentsOf: (scalarText ?? "null").utf8)
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
        var bytes: [UInt8] = []
        appendQuoted(string, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `quoted(string)` appended as bytes. Almost every string the API sends (names, ARNs, statuses)
    /// needs no escape: those are copied whole, which keeps serving a hundred tasks cheap.
    static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        var string = string
        let copied = string.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied { return }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case ..<0x20:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            // Non-ASCII bytes pass through: UTF-8 in, UTF-8 out.
            default: bytes.append(byte)
            }
        }
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
