import Foundation

/// A JSON value whose objects keep their members in order, as ECS's API model orders them.
///
/// Timestamps stay a case of their own rather than becoming numbers or strings early: the API wire
/// format sends them as epoch seconds, while the describe view shows them as the AWS CLI prints them.
public enum JSONValue: Hashable, Sendable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case null
    case timestamp(Date)

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object of the members that have a value, in the order given: the API leaves absent
    /// members out instead of sending `null`.
    public static func object(omittingAbsent members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(members.compactMap { key, value in value.map { Member(key, $0) } })
    }

    /// An enum member as its API string.
    public static func string<Value: RawRepresentable<String>>(_ value: Value) -> JSONValue { .string(value.rawValue) }

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The element at `index` when this is an array that long.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

extension Optional where Wrapped == String {
    /// A present string as a JSON string, an absent one left absent (for `object(omittingAbsent:)`).
    var json: JSONValue? { map(JSONValue.string) }
}

extension Optional where Wrapped == Date {
    var json: JSONValue? { map(JSONValue.timestamp) }
}

extension Optional where Wrapped == Int {
    var json: JSONValue? { map(JSONValue.integer) }
}
