import Foundation

/// A command in a recording: one key, the command's case name, holding its values —
/// `{"updateService":{"cluster":"prod","desiredCount":5,"forceNewDeployment":false,"service":"web"}}`,
/// `{"setPaused":true}`, `{"stepToNextEvent":{}}`. Every case of `ControlPlaneCommand` is written.
struct CommandRecord: Codable {
    var command: ControlPlaneCommand

    init(_ command: ControlPlaneCommand) { self.command = command }

    private enum Name: String, CodingKey, CaseIterable {
        case updateService, stopTask, updateContainerInstancesState, runTask, registerTaskDefinition, createService
        case deleteService, deregisterTaskDefinition, createCluster, deleteCluster, registerContainerInstance
        case deregisterContainerInstance, tagResource, untagResource, putAttributes, deleteAttributes
        case injectFault, setPaused, setSpeed, stepToNextEvent
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct StopTask: Codable {
        var cluster: String
        var task: String
        var reason: String
    }

    private struct InstancesState: Codable {
        var cluster: String
        var containerInstances: [String]
        var status: RawValueCoded<ContainerInstanceStatus>
    }

    private struct DeleteService: Codable {
        var cluster: String
        var service: String
        var force: Bool
    }

    private struct DeregisterInstance: Codable {
        var cluster: String
        var containerInstance: String
        var force: Bool
    }

    private struct TagResource: Codable {
        var resourceArn: String
        var tags: [ResourceTag]
    }

    private struct UntagResource: Codable {
        var resourceArn: String
        var tagKeys: [String]
    }

    /// PutAttributes and DeleteAttributes.
    private struct Attributes: Codable {
        var cluster: String
        var attributes: [InstanceAttribute]
    }

    private struct Nothing: Codable {}

    init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys
        guard keys.count == 1, let key = keys.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "expected exactly one command name, found \(keys.count)"))
        }
        guard let name = Name(stringValue: key.stringValue) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "unknown command '\(key.stringValue)'"))
        }
        let container = try decoder.container(keyedBy: Name.self)
        switch name {
        case .updateService:
            command = .updateService(try container.decode(ServiceUpdate.Record.self, forKey: name).value)
        case .stopTask:
            let stop = try container.decode(StopTask.self, forKey: name)
            command = .stopTask(cluster: stop.cluster, task: stop.task, reason: stop.reason)
        case .updateContainerInstancesState:
            let state = try container.decode(InstancesState.self, forKey: name)
            command = .updateContainerInstancesState(
                cluster: state.cluster, containerInstances: state.containerInstances, status: state.status.value)
        case .runTask:
            command = .runTask(try container.decode(RunTaskRequest.Record.self, forKey: name).value)
        case .registerTaskDefinition:
            command = .registerTaskDefinition(try container.decode(TaskDefinition.Record.self, forKey: name).value)
        case .createService:
            command = .createService(try container.decode(ServiceCreation.Record.self, forKey: name).value)
        case .deleteService:
            let delete = try container.decode(DeleteService.self, forKey: name)
            command = .deleteService(cluster: delete.cluster, service: delete.service, force: delete.force)
        case .deregisterTaskDefinition:
            command = .deregisterTaskDefinition(try container.decode(String.self, forKey: name))
        case .createCluster:
            command = .createCluster(try container.decode(ClusterCreation.Record.self, forKey: name).value)
        case .deleteCluster:
            command = .deleteCluster(try container.decode(String.self, forKey: name))
        case .registerContainerInstance:
            command = .registerContainerInstance(try container.decode(ContainerInstanceRegistration.self, forKey: name))
        case .deregisterContainerInstance:
            let deregister = try container.decode(DeregisterInstance.self, forKey: name)
            command = .deregisterContainerInstance(
                cluster: deregister.cluster, containerInstance: deregister.containerInstance, force: deregister.force)
        case .tagResource:
            let tag = try container.decode(TagResource.self, forKey: name)
            command = .tagResource(resourceARN: tag.resourceArn, tags: tag.tags)
        case .untagResource:
            let untag = try container.decode(UntagResource.self, forKey: name)
            command = .untagResource(resourceARN: untag.resourceArn, tagKeys: untag.tagKeys)
        case .putAttributes:
            let put = try container.decode(Attributes.self, forKey: name)
            command = .putAttributes(cluster: put.cluster, attributes: put.attributes)
        case .deleteAttributes:
            let delete = try container.decode(Attributes.self, forKey: name)
            command = .deleteAttributes(cluster: delete.cluster, attributes: delete.attributes)
        case .injectFault:
            let faultNames = try container.nestedContainer(keyedBy: AnyKey.self, forKey: name).allKeys.map(\.stringValue)
            if faultNames.count == 1, let unknown = faultNames.first, !Fault.Record.names.contains(unknown) {
                throw DecodingError.dataCorruptedError(forKey: name, in: container, debugDescription: "unknown fault '\(unknown)'")
            }
            guard let fault = try container.decode(Fault.Record.self, forKey: name).value else {
                throw DecodingError.dataCorruptedError(forKey: name, in: container, debugDescription: "duration must be a number of seconds, not negative")
            }
            command = .injectFault(fault)
        case .setPaused:
            command = .setPaused(try container.decode(Bool.self, forKey: name))
        case .setSpeed:
            command = .setSpeed(try container.decode(Double.self, forKey: name))
        case .stepToNextEvent:
            _ = try container.decode(Nothing.self, forKey: name)
            command = .stepToNextEvent
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Name.self)
        switch command {
        case .updateService(let update):
            try container.encode(ServiceUpdate.Record(update), forKey: .updateService)
        case .stopTask(let cluster, let task, let reason):
            try container.encode(StopTask(cluster: cluster, task: task, reason: reason), forKey: .stopTask)
        case .updateContainerInstancesState(let cluster, let instances, let status):
            try container.encode(
                InstancesState(cluster: cluster, containerInstances: instances, status: RawValueCoded(status)),
                forKey: .updateContainerInstancesState)
        case .runTask(let request):
            try container.encode(RunTaskRequest.Record(request), forKey: .runTask)
        case .registerTaskDefinition(let definition):
            try container.encode(TaskDefinition.Record(definition), forKey: .registerTaskDefinition)
        case .createService(let creation):
            try container.encode(ServiceCreation.Record(creation), forKey: .createService)
        case .deleteService(let cluster, let service, let force):
            try container.encode(DeleteService(cluster: cluster, service: service, force: force), forKey: .deleteService)
        case .deregisterTaskDefinition(let reference):
            try container.encode(reference, forKey: .deregisterTaskDefinition)
        case .createCluster(let creation):
            try container.encode(ClusterCreation.Record(creation), forKey: .createCluster)
        case .deleteCluster(let cluster):
            try container.encode(cluster, forKey: .deleteCluster)
        case .registerContainerInstance(let registration):
            try container.encode(registration, forKey: .registerContainerInstance)
        case .deregisterContainerInstance(let cluster, let instance, let force):
            try container.encode(
                DeregisterInstance(cluster: cluster, containerInstance: instance, force: force),
                forKey: .deregisterContainerInstance)
        case .tagResource(let arn, let tags):
            try container.encode(TagResource(resourceArn: arn, tags: tags), forKey: .tagResource)
        case .untagResource(let arn, let keys):
            try container.encode(UntagResource(resourceArn: arn, tagKeys: keys), forKey: .untagResource)
        case .putAttributes(let cluster, let attributes):
            try container.encode(Attributes(cluster: cluster, attributes: attributes), forKey: .putAttributes)
        case .deleteAttributes(let cluster, let attributes):
            try container.encode(Attributes(cluster: cluster, attributes: attributes), forKey: .deleteAttributes)
        case .injectFault(let fault):
            try container.encode(Fault.Record(fault), forKey: .injectFault)
        case .setPaused(let paused):
            try container.encode(paused, forKey: .setPaused)
        case .setSpeed(let speed):
            try container.encode(speed, forKey: .setSpeed)
        case .stepToNextEvent:
            try container.encode(Nothing(), forKey: .stepToNextEvent)
        }
    }
}
