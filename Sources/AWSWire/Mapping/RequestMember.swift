import ECSModel

/// The checks every request mapping shares, with ECS's exceptions: a missing required member is an
/// InvalidParameterException, a value outside what the simulation models (an enum value ECS added, or
/// one the model lists but the simulation lacks) too, and a member the simulation does not model a
/// ClientException naming it, so that nothing a client asks for is silently ignored.
///
/// A structure that travels both ways (a container definition, a placement strategy …) maps from its
/// request shape through a `requested(_:)` factory rather than an initializer: the same shape maps back
/// from a response too, leniently, and `.map(ContainerDefinition.init)` must stay unambiguous.
public enum RequestMember {
    public static func missing(_ name: String) -> ECSError { .invalidParameter("\(name) is a required parameter.") }

    public static func required<Value>(_ value: Value?, _ name: String) throws(ECSError) -> Value {
        guard let value else { throw missing(name) }
        return value
    }

    /// Fargate tasks here run platform version 1.4.0, which `LATEST` names: another version is refused.
    public static func checkPlatformVersion(_ version: String?) throws(ECSError) {
        guard let version, version != "LATEST", version != "1.4.0" else { return }
        throw .client("ecstop serve runs Fargate platform version 1.4.0 only, not \(version).")
    }

    /// The ECSModel value of a wire enum: its raw value is the API's spelling on both sides.
    public static func value<Model: RawRepresentable<String>>(
        _ wire: (some ShapeEnum)?, _ name: String, as type: Model.Type = Model.self
    ) throws(ECSError) -> Model? {
        guard let wire else { return nil }
        guard let value = Model(rawValue: wire.rawValue) else {
            throw .invalidParameter("\(wire.rawValue) is not a valid value for \(name).")
        }
        return value
    }

    /// Refuses the first member of `shape` that is given, is not in `modelled`, and asks for something:
    /// absent, `false`, an empty list or map and a structure of such members ask for nothing (botocore
    /// and the CLI send them as defaults). Read from the shape's stored properties, so that a member the
    /// model adds is refused until a mapping takes it.
    public static func refuseUnmodelled(
        _ shape: Any, keeping modelled: Set<String>, in context: String
    ) throws(ECSError) {
        for child in Mirror(reflecting: shape).children {
            guard let name = child.label, !modelled.contains(name), asksForSomething(child.value) else { continue }
            throw .client("ecstop serve does not take \(name) in \(context).")
        }
    }

    private static func asksForSomething(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { asksForSomething($0.value) } ?? false
        case .collection, .dictionary, .set: return !mirror.children.isEmpty
        case .struct, .class: return mirror.children.contains { asksForSomething($0.value) }
        default:
            if let flag = value as? Bool { return flag }
            return true
        }
    }
}
