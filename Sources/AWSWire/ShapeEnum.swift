/// A string enum of an AWS model. Values the model does not list decode to `unknown(_:)` rather than
/// fail: AWS adds values (launch types, statuses) without a new API version.
public protocol ShapeEnum: RawRepresentable, Codable, Hashable, Sendable where RawValue == String {
    init(rawValue: String)
}

extension ShapeEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
