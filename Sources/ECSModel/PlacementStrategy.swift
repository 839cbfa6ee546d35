/// How ECS chooses among instances that pass every filter; strategies apply in order, at most five.
public struct PlacementStrategy: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case binpack, spread, random }

    public var type: Kind
    /// `cpu` or `memory` for binpack; `instanceId`, `host` or `attribute:<name>` for spread.
    public var field: String?

    public init(type: Kind, field: String? = nil) {
        self.type = type
        self.field = field
    }

    /// ECS's default for services: spread over availability zones, then over instances.
    public static let defaultForServices = [
        PlacementStrategy(type: .spread, field: "attribute:ecs.availability-zone"),
        PlacementStrategy(type: .spread, field: "instanceId"),
    ]
}
