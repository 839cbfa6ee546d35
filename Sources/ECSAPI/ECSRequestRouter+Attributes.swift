import ECSModel

// PutAttributes, DeleteAttributes, ListAttributes: custom attributes on container instances.
extension ECSRequestRouter {
    static let containerInstanceTarget = "container-instance"

    /// Answers the attributes as given; the simulator refuses the whole call when one can't be applied.
    func putAttributes(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let attributes = try instanceAttributes(input, withValues: true)
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        _ = try execute(.putAttributes(cluster: clusterName, attributes: attributes))
        return .object([.init("attributes", .array(attributes.map(Self.representation)))])
    }

    func deleteAttributes(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let attributes = try instanceAttributes(input, withValues: false)
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        _ = try execute(.deleteAttributes(cluster: clusterName, attributes: attributes))
        return .object([.init("attributes", .array(attributes.map(Self.representation)))])
    }

    /// One entry per attribute of each registered instance, ECS's own `ecs.*` ones too, in instance order
    /// and then by name; `targetId` is the instance's ARN.
    func listAttributes(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let targetType = try input.requiredString("targetType")
        guard targetType == Self.containerInstanceTarget else {
            throw .invalidParameter("targetType must be \(Self.containerInstanceTarget).")
        }
        let name = try input.string("attributeName")
        let value = try input.string("attributeValue")
        guard value == nil || name != nil else { throw .invalidParameter("attributeValue requires attributeName.") }
        let cluster = try cluster(input, in: controlPlane.snapshot())
        var items: [JSONValue] = []
        for instance in cluster.instances where instance.status != .inactive {
            for (key, current) in instance.attributes.sorted(by: { $0.key < $1.key })
            where (name.map { $0 == key } ?? true) && (value.map { $0 == current } ?? true) {
                items.append(Self.representation(InstanceAttribute(name: key, value: current, targetID: instance.arn)))
            }
        }
        return try page(values: items, key: "attributes", input)
    }

    /// `attributes`, required. A short `targetId` needs `targetType`, as the model says; PutAttributes'
    /// values are checked here only for being given empty (absent means a name-only attribute).
    private func instanceAttributes(_ input: RequestInput, withValues: Bool) throws(ECSError) -> [InstanceAttribute] {
        guard let items = try input.structures("attributes") else { throw RequestInput.missing("attributes") }
        var attributes: [InstanceAttribute] = []
        for item in items {
            let name = try item.requiredString("name")
            guard let target = try item.string("targetId") else { throw RequestInput.missing("attributes.targetId") }
            let targetType = try item.string("targetType")
            if let targetType, targetType != Self.containerInstanceTarget {
                throw .invalidParameter("targetType must be \(Self.containerInstanceTarget).")
            }
            if targetType == nil && !target.hasPrefix("arn:") {
                throw .invalidParameter("targetType is required when targetId is not an ARN.")  // wording not confirmed
            }
            let value = withValues ? try item.string("value") : nil
            if value == "" { throw .invalidParameter("Attribute value must be between 1 and 128 characters.") }
            attributes.append(InstanceAttribute(name: name, value: value ?? "", targetID: target))
        }
        return attributes
    }

    private static func representation(_ attribute: InstanceAttribute) -> JSONValue {
        .object(omittingAbsent: [
            "name": .string(attribute.name),
            "value": attribute.value.isEmpty ? nil : .string(attribute.value),
            "targetType": .string(containerInstanceTarget),
            "targetId": .string(attribute.targetID),
        ])
    }
}
