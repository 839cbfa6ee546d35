/// A tag on an ECS resource (TagResource, and the `tags` of the create calls): a key and a value.
public struct ResourceTag: Hashable, Sendable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String = "") {
        self.key = key
        self.value = value
    }
}
