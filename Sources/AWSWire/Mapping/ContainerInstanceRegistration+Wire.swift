import ECSModel
import Foundation

// MARK: ECSModel → request shape

extension ECSShapes.RegisterContainerInstanceRequest {
    /// As the agent sends it: the EC2 instance in an identity document (a JSON string), CPU and MEMORY
    /// as `totalResources`, attributes by name (a capability, with no value, as a name only).
    public init(_ registration: ContainerInstanceRegistration) {
        var document: String?
        if registration.ec2InstanceID != nil || registration.instanceType != nil || registration.availabilityZone != nil {
            let identity = IdentityDocument(
                instanceId: registration.ec2InstanceID, instanceType: registration.instanceType,
                availabilityZone: registration.availabilityZone)
            // Three optional strings: encoding them cannot fail.
            document = String(decoding: try! AWSJSONCoding.encoder().encode(identity), as: UTF8.self)
        }
        self.init(
            cluster: registration.cluster, instanceIdentityDocument: document,
            totalResources: registration.totalResources.map { resources in
                [
                    ECSShapes.Resource(name: "CPU", type: "INTEGER", integerValue: resources.cpu),
                    ECSShapes.Resource(name: "MEMORY", type: "INTEGER", integerValue: resources.memory),
                ]
            },
            // By name: a dictionary's order would make the same registration different bytes each run.
            attributes: registration.attributes.isEmpty ? nil : registration.attributes.sorted { $0.key < $1.key }.map {
                ECSShapes.Attribute(name: $0.key, value: $0.value.isEmpty ? nil : $0.value)
            })
    }

    private struct IdentityDocument: Encodable {
        var instanceId: String?
        var instanceType: String?
        var availabilityZone: String?
    }
}
