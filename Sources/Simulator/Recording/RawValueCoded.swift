/// An ECSModel enum written as its raw text ("EC2", "DRAINING"), refusing text that names no case, so
/// that the recording's value types keep their synthesized Codable.
struct RawValueCoded<Value: RawRepresentable>: Codable where Value.RawValue == String {
    var value: Value

    init(_ value: Value) { self.value = value }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown value '\(text)'"))
        }
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.rawValue)
    }
}
