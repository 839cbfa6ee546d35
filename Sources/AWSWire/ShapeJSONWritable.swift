import Foundation

/// A value that writes its own JSON text, the bytes `ShapeJSONEncoder` would make through `Encodable`
/// but without it: the generated shapes' `Codable` code costs an indirect call per member and a generic
/// metadata lookup per generic member, present or not, which was half of the server's time.
protocol ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter)
}

extension ShapeJSONWriter {
    /// `{`: the members that follow are the object's.
    func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsSeparator = false
    }

    func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsSeparator = true
    }

    /// A present member as `"key":value`, after a comma unless it is the object's first; an absent
    /// one is left out.
    func member<Value: ShapeJSONWritable>(_ key: StaticString, _ value: Value?) {
        guard let value else { return }
        if needsSeparator { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        value.writeJSON(to: self)
        needsSeparator = true
    }

    func writeArray<Element: ShapeJSONWritable>(_ elements: [Element]) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element.writeJSON(to: self)
        }
        bytes.append(UInt8(ascii: "]"))
        needsSeparator = true
    }

    /// Entries by key, as `writeMap` writes them, so the text does not depend on Dictionary's order.
    func writeMap<Value: ShapeJSONWritable>(_ map: [String: Value]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in map.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            map[key]!.writeJSON(to: self)
        }
        bytes.append(UInt8(ascii: "}"))
        needsSeparator = true
    }

    /// JSON has no NaN or infinity: the number is left out and the encoding fails at its end, as the
    /// `Encodable` path fails.
    func writeNumber(_ number: Double) {
        guard number.isFinite else {
            invalidNumber = invalidNumber ?? number
            bytes.append(UInt8(ascii: "0"))
            return
        }
        bytes.append(contentsOf: "\(number)".utf8)
    }
}

extension String: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeString(self) }
}

extension Int: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeInteger(self) }
}

extension Int64: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeInteger(self) }
}

extension Bool: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeLiteral(self ? "true" : "false") }
}

extension Double: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeNumber(self) }
}

extension Float: ShapeJSONWritable {
    // Widened first, as `Encodable` hands a Float to the writer.
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeNumber(Double(self)) }
}

extension Date: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeDate(self) }
}

extension Data: ShapeJSONWritable {
    // `Data`'s own `Encodable` conformance writes its bytes as an array of numbers to any encoder but
    // Foundation's JSONEncoder; the same bytes here.
    func writeJSON(to writer: ShapeJSONWriter) {
        writer.bytes.append(UInt8(ascii: "["))
        for (index, byte) in enumerated() {
            if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.writeInteger(byte)
        }
        writer.bytes.append(UInt8(ascii: "]"))
    }
}

extension Array: ShapeJSONWritable where Element: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeArray(self) }
}

extension Dictionary: ShapeJSONWritable where Key == String, Value: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeMap(self) }
}

extension ShapeBox: ShapeJSONWritable where Value: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) { value.writeJSON(to: writer) }
}

extension ShapeJSONWritable where Self: ShapeEnum {
    func writeJSON(to writer: ShapeJSONWriter) { writer.writeString(rawValue) }
}

extension ShapeDocument: ShapeJSONWritable {
    func writeJSON(to writer: ShapeJSONWriter) {
        switch self {
        case .null: writer.writeLiteral("null")
        case .bool(let value): value.writeJSON(to: writer)
        case .number(let value): writer.writeNumber(value)
        case .string(let value): writer.writeString(value)
        case .array(let value): writer.writeArray(value)
        case .object(let value): writer.writeMap(value)
        }
    }
}
