/// A custom attribute on a container instance, as PutAttributes and DeleteAttributes name it (the only
/// `targetType` ECS has is `container-instance`).
public struct InstanceAttribute: Hashable, Sendable, Codable {
    public var name: String
    /// Empty for a name-only attribute (and ignored by DeleteAttributes, as ECS ignores it).
    public var value: String
    /// The container instance's id or ARN.
    public var targetID: String

    public init(name: String, value: String = "", targetID: String) {
        self.name = name
        self.value = value
        self.targetID = targetID
    }

    private enum CodingKeys: String, CodingKey {
        case name, value
        case targetID = "targetId"
    }
}
