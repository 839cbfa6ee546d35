import AWSWire
import Foundation

/// Reads the commands of version 1 recordings (before commands were written as ECS requests) where
/// their form differs from the request's, so that those recordings still replay. Version 1 wrote the
/// model's own fields: task definitions with `taskRoleARN`, numeric `cpu` and `hostSourcePath`; load
/// balancers with `targetGroupARN` and a bare awsvpc `networkConfiguration`; registrations with the
/// EC2 instance's fields; attributes with empty values and no target type; a bare name for
/// DeregisterTaskDefinition and DeleteCluster. Every other command already read as its request.
/// Kept only for reading: nothing writes this form.
enum LegacyCommandRecord {
    static func request(_ operation: String, from decoder: any Decoder) throws -> ECSRequest? {
        switch operation {
        case "RegisterTaskDefinition":
            return .registerTaskDefinition(try TaskDefinitionRecord(from: decoder).request)
        case "CreateService":
            var request = try ECSShapes.CreateServiceRequest(from: decoder)
            let legacy = try ServiceRecord(from: decoder)
            request.loadBalancers = legacy.loadBalancers?.map(ECSShapes.LoadBalancer.init)
            request.networkConfiguration = legacy.networkConfiguration.map(ECSShapes.NetworkConfiguration.init)
            return .createService(request)
        case "DeregisterTaskDefinition":
            let reference = try decoder.singleValueContainer().decode(String.self)
            return .deregisterTaskDefinition(ECSShapes.DeregisterTaskDefinitionRequest(taskDefinition: reference))
        case "DeleteCluster":
            return .deleteCluster(ECSShapes.DeleteClusterRequest(cluster: try decoder.singleValueContainer().decode(String.self)))
        case "RegisterContainerInstance":
            return .registerContainerInstance(ECSShapes.RegisterContainerInstanceRequest(try ContainerInstanceRegistration(from: decoder)))
        case "PutAttributes":
            let legacy = try AttributesRecord(from: decoder)
            return .putAttributes(ECSShapes.PutAttributesRequest(cluster: legacy.cluster, attributes: legacy.shapes))
        case "DeleteAttributes":
            let legacy = try AttributesRecord(from: decoder)
            return .deleteAttributes(ECSShapes.DeleteAttributesRequest(cluster: legacy.cluster, attributes: legacy.shapes))
        default:
            return try ECSRequest(operation: operation, from: decoder)
        }
    }

    private struct TaskDefinitionRecord: Decodable {
        var family: String
        var networkMode: ECSShapes.NetworkMode
        var cpu: Int?
        var memory: Int?
        var containerDefinitions: [ECSShapes.ContainerDefinition]
        var volumes: [VolumeRecord]
        var taskRoleARN: String?
        var executionRoleARN: String?
        var requiresCompatibilities: [ECSShapes.Compatibility]

        struct VolumeRecord: Decodable {
            var name: String
            var hostSourcePath: String?
        }

        var request: ECSShapes.RegisterTaskDefinitionRequest {
            ECSShapes.RegisterTaskDefinitionRequest(
                family: family, taskRoleArn: taskRoleARN, executionRoleArn: executionRoleARN, networkMode: networkMode,
                containerDefinitions: containerDefinitions,
                volumes: volumes.map { ECSShapes.Volume(name: $0.name, host: $0.hostSourcePath.map(ECSShapes.HostVolumeProperties.init)) },
                requiresCompatibilities: requiresCompatibilities, cpu: cpu.map(String.init), memory: memory.map(String.init))
        }
    }

    /// The members whose form changed; the rest read as CreateService's.
    private struct ServiceRecord: Decodable {
        var loadBalancers: [LoadBalancer]?
        var networkConfiguration: AwsVpcConfiguration?
    }

    private struct AttributesRecord: Decodable {
        var cluster: String
        var attributes: [InstanceAttribute]

        var shapes: [ECSShapes.Attribute] { attributes.map(ECSShapes.Attribute.init) }
    }
}
