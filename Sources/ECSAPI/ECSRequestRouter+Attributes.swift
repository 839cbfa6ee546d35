import AWSWire
import ECSModel

// PutAttributes, DeleteAttributes, ListAttributes: custom attributes on container instances.
extension ECSRequestRouter {
    /// Answers the attributes as given; the simulator refuses the whole call when one can't be applied.
    func putAttributes(_ request: ECSShapes.PutAttributesRequest) throws(ECSError) -> ECSShapes.PutAttributesResponse {
        let attributes = try instanceAttributes(request.attributes, withValues: true)
        let clusterName = try cluster(request.cluster, in: controlPlane.snapshot()).id
        _ = try execute(.putAttributes(cluster: clusterName, attributes: attributes))
        return ECSShapes.PutAttributesResponse(attributes: attributes.map(ECSShapes.Attribute.init))
    }

    func deleteAttributes(_ request: ECSShapes.DeleteAttributesRequest) throws(ECSError) -> ECSShapes.DeleteAttributesResponse {
        let attributes = try instanceAttributes(request.attributes, withValues: false)
        let clusterName = try cluster(request.cluster, in: controlPlane.snapshot()).id
        _ = try execute(.deleteAttributes(cluster: clusterName, attributes: attributes))
        return ECSShapes.DeleteAttributesResponse(attributes: attributes.map(ECSShapes.Attribute.init))
    }

    /// One entry per attribute of each registered instance, ECS's own `ecs.*` ones too, in instance order
    /// and then by name; `targetId` is the instance's ARN.
    func listAttributes(_ request: ECSShapes.ListAttributesRequest) throws(ECSError) -> ECSShapes.ListAttributesResponse {
        let targetType = try RequestMember.required(request.targetType, "targetType")
        guard targetType == .containerInstance else {
            throw .invalidParameter("targetType must be \(InstanceAttribute.containerInstanceTarget).")
        }
        let name = request.attributeName
        let value = request.attributeValue
        guard value == nil || name != nil else { throw .invalidParameter("attributeValue requires attributeName.") }
        let cluster = try cluster(request.cluster, in: controlPlane.snapshot())
        var items: [ECSShapes.Attribute] = []
        for instance in cluster.instances where instance.status != .inactive {
            for (key, current) in instance.attributes.sorted(by: { $0.key < $1.key })
            where (name.map { $0 == key } ?? true) && (value.map { $0 == current } ?? true) {
                items.append(ECSShapes.Attribute(InstanceAttribute(name: key, value: current, targetID: instance.arn)))
            }
        }
        let (selected, next) = try page(items, maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListAttributesResponse(attributes: selected, nextToken: next)
    }

    private func instanceAttributes(_ shapes: [ECSShapes.Attribute]?, withValues: Bool) throws(ECSError) -> [InstanceAttribute] {
        var attributes: [InstanceAttribute] = []
        for shape in try RequestMember.required(shapes, "attributes") {
            attributes.append(try InstanceAttribute(shape, withValue: withValues))
        }
        return attributes
    }
}
