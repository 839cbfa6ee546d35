import ECSModel
import Foundation

// MARK: Request shape → ECSModel

extension ContainerInstanceRegistration {
    /// RegisterContainerInstance as the agent sends it: the EC2 instance from its identity document,
    /// CPU and MEMORY from `totalResources`, its capability and custom attributes. The document's
    /// signature and the agent's versions are taken unchecked: the simulated agent reports its own.
    public init(_ request: ECSShapes.RegisterContainerInstanceRequest) throws(ECSError) {
        try RequestMember.refuseUnmodelled(request, keeping: Self.modelledMembers, in: "RegisterContainerInstance")
        var attributes: [String: String] = [:]
        for attribute in request.attributes ?? [] {
            // Capabilities come with a name only: kept with an empty value, which DescribeContainerInstances
            // shows without one and `attribute:<name> exists` finds.
            attributes[try RequestMember.required(attribute.name, "attributes.name")] = attribute.value ?? ""
        }
        self.init(
            cluster: request.cluster ?? "default", totalResources: try Self.resources(request.totalResources),
            attributes: attributes)
        if let text = request.instanceIdentityDocument {
            let document = try IdentityDocument(text)
            ec2InstanceID = document.instanceId
            instanceType = document.instanceType
            availabilityZone = document.availabilityZone
            // `region` is not checked: the server answers for one region whatever the client was set to.
        }
    }

    static let modelledMembers: Set<String> = [
        "cluster", "instanceIdentityDocument", "instanceIdentityDocumentSignature", "totalResources", "versionInfo",
        "attributes", "tags",
    ]

    /// CPU and MEMORY, both or neither. Simplified: PORTS and PORTS_UDP are not read; every instance
    /// reserves the agent's default ports.
    private static func resources(_ items: [ECSShapes.Resource]?) throws(ECSError) -> Resources? {
        guard let items, !items.isEmpty else { return nil }
        var values: [String: Int] = [:]
        for item in items {
            let name = try RequestMember.required(item.name, "totalResources.name")
            if let value = item.integerValue { values[name] = value }
        }
        guard let cpu = values["CPU"], let memory = values["MEMORY"] else {
            throw .invalidParameter("totalResources must give CPU and MEMORY as integerValue.")
        }
        return Resources(cpu: cpu, memory: memory)
    }

    /// The members of EC2's instance identity document the simulation reads.
    private struct IdentityDocument: Decodable {
        var instanceId: String?
        var instanceType: String?
        var availabilityZone: String?

        init(_ text: String) throws(ECSError) {
            do {
                self = try AWSJSONCoding.decoder().decode(IdentityDocument.self, from: Data(text.utf8))
            } catch {
                throw .invalidParameter("instanceIdentityDocument is not a valid JSON document.")
            }
        }
    }
}

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
