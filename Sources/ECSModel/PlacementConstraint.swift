/// A binding rule for placement: every task on a different instance, or only instances that match
/// a cluster query expression (`attribute:ecs.instance-type =~ t3.*`).
public struct PlacementConstraint: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case distinctInstance, memberOf
    }

    public var type: Kind
    public var expression: String?

    public init(type: Kind, expression: String? = nil) {
        self.type = type
        self.expression = expression
    }
}
