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
