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
