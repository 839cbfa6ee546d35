import ECSModel

// MARK: ECSModel → request shape

extension ControlPlaneCommand {
    /// The ECS request that expresses the command, with every member the command carries; nil for the
    /// simulation's own commands (faults, pause, speed, step), which ECS has no operation for.
    public var ecsRequest: ECSRequest? {
        switch self {
        case .updateService(let update):
            .updateService(ECSShapes.UpdateServiceRequest(update))
        case .stopTask(let cluster, let task, let reason):
            .stopTask(ECSShapes.StopTaskRequest(cluster: cluster, task: task, reason: reason))
        case .updateContainerInstancesState(let cluster, let instances, let status):
            .updateContainerInstancesState(ECSShapes.UpdateContainerInstancesStateRequest(
                cluster: cluster, containerInstances: instances,
                status: ECSShapes.ContainerInstanceStatus(rawValue: status.rawValue)))
        case .runTask(let request):
            .runTask(ECSShapes.RunTaskRequest(request))
        case .registerTaskDefinition(let definition):
            .registerTaskDefinition(ECSShapes.RegisterTaskDefinitionRequest(definition))
        case .createService(let creation):
            .createService(ECSShapes.CreateServiceRequest(creation))
        case .deleteService(let cluster, let service, let force):
            .deleteService(ECSShapes.DeleteServiceRequest(cluster: cluster, service: service, force: force ? true : nil))
        case .deregisterTaskDefinition(let reference):
            .deregisterTaskDefinition(ECSShapes.DeregisterTaskDefinitionRequest(taskDefinition: reference))
        case .createCluster(let creation):
            .createCluster(ECSShapes.CreateClusterRequest(creation))
        case .deleteCluster(let cluster):
            .deleteCluster(ECSShapes.DeleteClusterRequest(cluster: cluster))
        case .registerContainerInstance(let registration):
            .registerContainerInstance(ECSShapes.RegisterContainerInstanceRequest(registration))
        case .deregisterContainerInstance(let cluster, let instance, let force):
            .deregisterContainerInstance(ECSShapes.DeregisterContainerInstanceRequest(
                cluster: cluster, containerInstance: instance, force: force ? true : nil))
        case .tagResource(let arn, let tags):
            .tagResource(ECSShapes.TagResourceRequest(resourceArn: arn, tags: tags.map(ECSShapes.Tag.init)))
        case .untagResource(let arn, let keys):
            .untagResource(ECSShapes.UntagResourceRequest(resourceArn: arn, tagKeys: keys))
        case .putAttributes(let cluster, let attributes):
            .putAttributes(ECSShapes.PutAttributesRequest(cluster: cluster, attributes: attributes.map(ECSShapes.Attribute.init)))
        case .deleteAttributes(let cluster, let attributes):
            .deleteAttributes(ECSShapes.DeleteAttributesRequest(
                cluster: cluster, attributes: attributes.map(ECSShapes.Attribute.init)))
        case .injectFault, .setPaused, .setSpeed, .stepToNextEvent:
            nil
        }
    }
}

// MARK: Request shape → ECSModel

extension ControlPlaneCommand {
    /// The command a request stands for, with the names it gives (a recording's are the control plane's
    /// own). The request mappings' checks apply; those that need the account, such as whether the task
    /// definition's network mode wants a network configuration, are the control plane's.
    public init(_ request: ECSRequest) throws(ECSError) {
        switch request {
        case .updateService(let shape):
            self = .updateService(try ServiceUpdate(
                shape, cluster: shape.cluster ?? Self.defaultCluster, service: try RequestMember.required(shape.service, "service")))
        case .stopTask(let shape):
            self = .stopTask(
                cluster: shape.cluster ?? Self.defaultCluster, task: try RequestMember.required(shape.task, "task"),
                reason: shape.reason ?? "")
        case .updateContainerInstancesState(let shape):
            self = .updateContainerInstancesState(
                cluster: shape.cluster ?? Self.defaultCluster,
                containerInstances: try RequestMember.required(shape.containerInstances, "containerInstances"),
                status: try RequestMember.required(
                    RequestMember.value(shape.status, "status", as: ContainerInstanceStatus.self), "status"))
        case .runTask(let shape):
            self = .runTask(try RunTaskRequest(shape, cluster: shape.cluster ?? Self.defaultCluster, networkMode: nil))
        case .registerTaskDefinition(let shape):
            self = .registerTaskDefinition(try TaskDefinition(shape))
        case .createService(let shape):
            self = .createService(try ServiceCreation(shape, cluster: shape.cluster ?? Self.defaultCluster, networkMode: nil))
        case .deleteService(let shape):
            self = .deleteService(
                cluster: shape.cluster ?? Self.defaultCluster, service: try RequestMember.required(shape.service, "service"),
                force: shape.force ?? false)
        case .deregisterTaskDefinition(let shape):
            self = .deregisterTaskDefinition(try RequestMember.required(shape.taskDefinition, "taskDefinition"))
        case .createCluster(let shape):
            self = .createCluster(try ClusterCreation(shape))
        case .deleteCluster(let shape):
            self = .deleteCluster(try RequestMember.required(shape.cluster, "cluster"))
        case .registerContainerInstance(let shape):
            self = .registerContainerInstance(try ContainerInstanceRegistration(shape))
        case .deregisterContainerInstance(let shape):
            self = .deregisterContainerInstance(
                cluster: shape.cluster ?? Self.defaultCluster,
                containerInstance: try RequestMember.required(shape.containerInstance, "containerInstance"),
                force: shape.force ?? false)
        case .tagResource(let shape):
            self = .tagResource(
                resourceARN: try RequestMember.required(shape.resourceArn, "resourceArn"),
                tags: try RequestMember.required(ResourceTag.list(shape.tags), "tags"))
        case .untagResource(let shape):
            self = .untagResource(
                resourceARN: try RequestMember.required(shape.resourceArn, "resourceArn"),
                tagKeys: try RequestMember.required(shape.tagKeys, "tagKeys"))
        case .putAttributes(let shape):
            self = .putAttributes(
                cluster: shape.cluster ?? Self.defaultCluster, attributes: try Self.attributes(shape.attributes, withValue: true))
        case .deleteAttributes(let shape):
            self = .deleteAttributes(
                cluster: shape.cluster ?? Self.defaultCluster, attributes: try Self.attributes(shape.attributes, withValue: false))
        }
    }

    /// ECS's cluster when a request names none.
    static let defaultCluster = "default"

    private static func attributes(_ shapes: [ECSShapes.Attribute]?, withValue: Bool) throws(ECSError) -> [InstanceAttribute] {
        var attributes: [InstanceAttribute] = []
        for shape in try RequestMember.required(shapes, "attributes") {
            attributes.append(try InstanceAttribute(shape, withValue: withValue))
        }
        return attributes
    }
}
