import Foundation

/// Compact JSON text of a shape as the AWS JSON protocols send it: members in the model's order (the
/// order the generated shapes declare them), absent ones left out, timestamps as epoch seconds to the
/// millisecond, map keys sorted so the same value always gives the same bytes.
///
/// Written for speed rather than taken from Foundation: the bytes go straight into one buffer (no tree
/// of boxed values first), strings that need no escape are copied whole, and the scalar members of
/// the generated shapes arrive through the containers' concrete overloads, not the generic one.
///
/// A shape with a generated writer (`ShapeJSONWritable`) skips `Encodable` altogether; the two paths
/// write the same bytes, which `usesGeneratedWriters: false` lets a test compare.
public struct ShapeJSONEncoder: Sendable {
    private let usesGeneratedWriters: Bool

    public init(usesGeneratedWriters: Bool = true) {
        self.usesGeneratedWriters = usesGeneratedWriters
    }

    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = ShapeJSONWriter()
        writer.bytes.reserveCapacity(4096)
        if usesGeneratedWriters, let writable = value as? any ShapeJSONWritable {
            writable.writeJSON(to: writer)
            if let number = writer.invalidNumber {
                throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "\(number) is not a JSON number."))
            }
        } else {
            try writer.write(value)
        }
        return writer.bytes
    }
}

/// The buffer and the rules for writing one value into it.
final class ShapeJSONWriter {
    // Unchecked: one writer serves one encoding on one thread, and the dynamic exclusivity checks on
    // every append showed as a tenth of the encoding's time.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Whether the next member of the open object follows another (generated writers only).
    @exclusivity(unchecked) var needsSeparator = false
    /// The first NaN or infinity a generated writer met: the encoding fails with it at the end.
    @exclusivity(unchecked) var invalidNumber: Double?

    /// Compared by identity: spelling `[String: String].self` in generic code instantiates its
    /// metadata on every call, which showed in the profile.
    private static let mapType = ObjectIdentifier([String: String].self)

    func write<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self { return writeString(value as! String) }
        if Value.self == Int.self { return writeInteger(value as! Int) }
        if Value.self == Bool.self { return writeLiteral(value as! Bool ? "true" : "false") }
        if Value.self == Date.self { return writeDate(value as! Date) }
        if ObjectIdentifier(Value.self) == Self.mapType { return writeMap(value as! [String: String]) }
        let frame = ShapeJSONFrame()
        try value.encode(to: ShapeValueEncoder(writer: self, frame: frame))
        close(frame)
    }

    /// Ends what `frame` opened; a value that opened nothing (an empty structure) is `{}`.
    func close(_ frame: ShapeJSONFrame) {
        closeChild(of: frame)
        switch frame.kind {
        case .none:
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "}"))
        case .object: bytes.append(UInt8(ascii: "}"))
        case .array: bytes.append(UInt8(ascii: "]"))
        case .single: break
        }
    }

    /// A nested container or super encoder stays open until its parent writes on: closed here.
    func closeChild(of frame: ShapeJSONFrame) {
        guard let child = frame.openChild else { return }
        frame.openChild = nil
        close(child)
    }

    /// The separator and quoted key of the next member of an object.
    func writeKey(_ key: String, in frame: ShapeJSONFrame) {
        closeChild(of: frame)
        if frame.count > 0 { bytes.append(UInt8(ascii: ",")) }
        frame.count += 1
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// The separator before the next element of an array.
    func writeSeparator(in frame: ShapeJSONFrame) {
        closeChild(of: frame)
        if frame.count > 0 { bytes.append(UInt8(ascii: ",")) }
        frame.count += 1
    }

    func writeLiteral(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func writeInteger<Number: BinaryInteger>(_ number: Number) {
        if number >= 0 && number < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(number))
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    func writeDouble(_ number: Double) throws {
        // JSON has no NaN or infinity, and AWS never sends them.
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "\(number) is not a JSON number."))
        }
        bytes.append(contentsOf: "\(number)".utf8)
    }

    /// Epoch seconds rounded to milliseconds, the precision AWS keeps: `1767225871.589`, `1767225871`.
    func writeDate(_ date: Date) {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        if milliseconds < 0 && seconds == 0 && fraction != 0 { bytes.append(UInt8(ascii: "-")) }
        writeInteger(seconds)
        guard fraction != 0 else { return }
        var digits = abs(fraction)
        var width = 3
        while digits % 10 == 0 { digits /= 10; width -= 1 }
        bytes.append(UInt8(ascii: "."))
        let text = String(digits)
        for _ in text.utf8.count..<width { bytes.append(UInt8(ascii: "0")) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A map's entries by key, so that the text does not depend on Dictionary's order.
    func writeMap(_ map: [String: String]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in map.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            writeString(map[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// `string` in double quotes with JSON's escapes; non-ASCII text passes through as UTF-8. Almost
    /// every string the API sends (names, ARNs, statuses) needs no escape and is copied whole.
    func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        let copied = string.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !copied {
            for byte in string.utf8 { writeEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func writeEscaped(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, byte])
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        default: bytes.append(byte)
        }
    }
}

/// What one value opened in the buffer, and how many members or elements it has written so far.
final class ShapeJSONFrame {
    enum Kind { case none, object, array, single }

    @exclusivity(unchecked) var kind = Kind.none
    @exclusivity(unchecked) var count = 0
    @exclusivity(unchecked) var openChild: ShapeJSONFrame?
}

struct ShapeValueEncoder: Encoder {
    let writer: ShapeJSONWriter
    let frame: ShapeJSONFrame

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if frame.kind == .none {
            frame.kind = .object
            writer.bytes.append(UInt8(ascii: "{"))
        }
        return KeyedEncodingContainer(ShapeKeyedContainer<Key>(writer: writer, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if frame.kind == .none {
            frame.kind = .array
            writer.bytes.append(UInt8(ascii: "["))
        }
        return ShapeUnkeyedContainer(writer: writer, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        frame.kind = .single
        return ShapeSingleValueContainer(writer: writer)
    }
}

struct ShapeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: ShapeJSONWriter
    let frame: ShapeJSONFrame

    var codingPath: [any CodingKey] { [] }

    // Absent members are left out, not sent as null.
    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        writer.writeKey(key.stringValue, in: frame)
        writer.writeLiteral(value ? "true" : "false")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        writer.writeKey(key.stringValue, in: frame)
        writer.writeString(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        writer.writeKey(key.stringValue, in: frame)
        try writer.writeDouble(value)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writeInteger(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writeInteger(value, key) }

    private func writeInteger(_ value: some BinaryInteger, _ key: Key) {
        writer.writeKey(key.stringValue, in: frame)
        writer.writeInteger(value)
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        writer.writeKey(key.stringValue, in: frame)
        try writer.write(value)
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(forKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(forKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { child(forKey: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(forKey: key.stringValue) }

    private func child(forKey key: Key) -> ShapeValueEncoder { child(forKey: key.stringValue) }

    /// A member whose value is written through a container of its own, closed when this one writes on.
    private func child(forKey key: String) -> ShapeValueEncoder {
        writer.writeKey(key, in: frame)
        let child = ShapeJSONFrame()
        frame.openChild = child
        return ShapeValueEncoder(writer: writer, frame: child)
    }
}

struct ShapeUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: ShapeJSONWriter
    let frame: ShapeJSONFrame

    var codingPath: [any CodingKey] { [] }
    var count: Int { frame.count }

    mutating func encodeNil() throws {
        writer.writeSeparator(in: frame)
        writer.writeLiteral("null")
    }

    mutating func encode(_ value: String) throws {
        writer.writeSeparator(in: frame)
        writer.writeString(value)
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        writer.writeSeparator(in: frame)
        try writer.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        child().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { child().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { child() }

    private func child() -> ShapeValueEncoder {
        writer.writeSeparator(in: frame)
        let child = ShapeJSONFrame()
        frame.openChild = child
        return ShapeValueEncoder(writer: writer, frame: child)
    }
}

struct ShapeSingleValueContainer: SingleValueEncodingContainer {
    let writer: ShapeJSONWriter

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.writeLiteral("null") }
    mutating func encode(_ value: Bool) throws { writer.writeLiteral(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { writer.writeString(value) }
    mutating func encode(_ value: Double) throws { try writer.writeDouble(value) }
    mutating func encode(_ value: Float) throws { try writer.writeDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { writer.writeInteger(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try writer.write(value) }
}
