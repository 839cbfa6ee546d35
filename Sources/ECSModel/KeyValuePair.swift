/// A name and a value, as ECS lists environment variables.
public struct KeyValuePair: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
