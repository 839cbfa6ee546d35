import ECSModel

/// The input of an ECS operation that changes what a control plane holds: one case per operation a
/// `ControlPlaneCommand` stands for, holding the operation's request shape. On the wire (a request's
/// body, a recording's command) it is the shape itself; `operation` names it.
public enum ECSRequest: Encodable, Equatable, Sendable {
    case updateService(ECSShapes.UpdateServiceRequest)
    case stopTask(ECSShapes.StopTaskRequest)
    case updateContainerInstancesState(ECSShapes.UpdateContainerInstancesStateRequest)
    case runTask(ECSShapes.RunTaskRequest)
    case registerTaskDefinition(ECSShapes.RegisterTaskDefinitionRequest)
    case createService(ECSShapes.CreateServiceRequest)
    case deleteService(ECSShapes.DeleteServiceRequest)
    case deregisterTaskDefinition(ECSShapes.DeregisterTaskDefinitionRequest)
    case createCluster(ECSShapes.CreateClusterRequest)
    case deleteCluster(ECSShapes.DeleteClusterRequest)
    case registerContainerInstance(ECSShapes.RegisterContainerInstanceRequest)
    case deregisterContainerInstance(ECSShapes.DeregisterContainerInstanceRequest)
    case tagResource(ECSShapes.TagResourceRequest)
    case untagResource(ECSShapes.UntagResourceRequest)
    case putAttributes(ECSShapes.PutAttributesRequest)
    case deleteAttributes(ECSShapes.DeleteAttributesRequest)

    /// The operations, as `X-Amz-Target` names them.
    public static let operations = [
        "UpdateService", "StopTask", "UpdateContainerInstancesState", "RunTask", "RegisterTaskDefinition",
        "CreateService", "DeleteService", "DeregisterTaskDefinition", "CreateCluster", "DeleteCluster",
        "RegisterContainerInstance", "DeregisterContainerInstance", "TagResource", "UntagResource", "PutAttributes",
        "DeleteAttributes",
    ]

    public var operation: String {
        switch self {
        case .updateService: "UpdateService"
        case .stopTask: "StopTask"
        case .updateContainerInstancesState: "UpdateContainerInstancesState"
        case .runTask: "RunTask"
        case .registerTaskDefinition: "RegisterTaskDefinition"
        case .createService: "CreateService"
        case .deleteService: "DeleteService"
        case .deregisterTaskDefinition: "DeregisterTaskDefinition"
        case .createCluster: "CreateCluster"
        case .deleteCluster: "DeleteCluster"
        case .registerContainerInstance: "RegisterContainerInstance"
        case .deregisterContainerInstance: "DeregisterContainerInstance"
        case .tagResource: "TagResource"
        case .untagResource: "UntagResource"
        case .putAttributes: "PutAttributes"
        case .deleteAttributes: "DeleteAttributes"
        }
    }

    /// The request shape, to encode as the body.
    public var shape: any Encodable & Sendable {
        switch self {
        case .updateService(let shape): shape
        case .stopTask(let shape): shape
        case .updateContainerInstancesState(let shape): shape
        case .runTask(let shape): shape
        case .registerTaskDefinition(let shape): shape
        case .createService(let shape): shape
        case .deleteService(let shape): shape
        case .deregisterTaskDefinition(let shape): shape
        case .createCluster(let shape): shape
        case .deleteCluster(let shape): shape
        case .registerContainerInstance(let shape): shape
        case .deregisterContainerInstance(let shape): shape
        case .tagResource(let shape): shape
        case .untagResource(let shape): shape
        case .putAttributes(let shape): shape
        case .deleteAttributes(let shape): shape
        }
    }

    /// Decodes `operation`'s request shape; nil for an operation that is not one of these.
    public init?(operation: String, from decoder: any Decoder) throws {
        switch operation {
        case "UpdateService": self = .updateService(try .init(from: decoder))
        case "StopTask": self = .stopTask(try .init(from: decoder))
        case "UpdateContainerInstancesState": self = .updateContainerInstancesState(try .init(from: decoder))
        case "RunTask": self = .runTask(try .init(from: decoder))
        case "RegisterTaskDefinition": self = .registerTaskDefinition(try .init(from: decoder))
        case "CreateService": self = .createService(try .init(from: decoder))
        case "DeleteService": self = .deleteService(try .init(from: decoder))
        case "DeregisterTaskDefinition": self = .deregisterTaskDefinition(try .init(from: decoder))
        case "CreateCluster": self = .createCluster(try .init(from: decoder))
        case "DeleteCluster": self = .deleteCluster(try .init(from: decoder))
        case "RegisterContainerInstance": self = .registerContainerInstance(try .init(from: decoder))
        case "DeregisterContainerInstance": self = .deregisterContainerInstance(try .init(from: decoder))
        case "TagResource": self = .tagResource(try .init(from: decoder))
        case "UntagResource": self = .untagResource(try .init(from: decoder))
        case "PutAttributes": self = .putAttributes(try .init(from: decoder))
        case "DeleteAttributes": self = .deleteAttributes(try .init(from: decoder))
        default: return nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try shape.encode(to: encoder)
    }
}
