/// A structure member that contains its own structure (CloudWatch Logs' `LogFieldType.element`): a Swift
/// struct cannot hold itself, so the value lives in a box. On the wire it is the value itself.
public final class ShapeBox<Value: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    public init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    public static func == (left: ShapeBox, right: ShapeBox) -> Bool { left.value == right.value }
}
