import AWSWire
import ECSModel

extension ECSRequestRouter {
    /// Every ECS operation `ecstop serve` answers, each declared once: whether it changes the clusters
    /// (refused under `--read-only`) and its handler. `docs/ecs-api.md` lists them in this order (a test
    /// holds the two together). A new operation is its generated shapes (AWSWire/Shapes), its mapping
    /// (AWSWire/Mapping) and one line here with its handler.
    public static let operations = AWSOperationTable<ECSRequestRouter>(
        targetPrefix: ECSShapes.targetPrefix, modelOperations: ECSShapes.operations.map(\.name),
        operations: [
            .changing("CreateCluster", ECSRequestRouter.createCluster),
            .changing("DeleteCluster", ECSRequestRouter.deleteCluster),
            .reading("ListClusters", ECSRequestRouter.listClusters),
            .reading("DescribeClusters", ECSRequestRouter.describeClusters),
            .changing(
                "RegisterTaskDefinition", bodyLimit: (TaskDefinition.maximumSize, TaskDefinition.tooLarge),
                ECSRequestRouter.registerTaskDefinition),
            .changing("DeregisterTaskDefinition", ECSRequestRouter.deregisterTaskDefinition),
            .reading("DescribeTaskDefinition", ECSRequestRouter.describeTaskDefinition),
            .reading("ListTaskDefinitions", ECSRequestRouter.listTaskDefinitions),
            .reading("ListTaskDefinitionFamilies", ECSRequestRouter.listTaskDefinitionFamilies),
            .changing("CreateService", ECSRequestRouter.createService),
            .changing("UpdateService", ECSRequestRouter.updateService),
            .changing("DeleteService", ECSRequestRouter.deleteService),
            .reading("ListServices", ECSRequestRouter.listServices),
            .reading("DescribeServices", ECSRequestRouter.describeServices),
            .changing("RunTask", ECSRequestRouter.runTask),
            .changing("StopTask", ECSRequestRouter.stopTask),
            .reading("ListTasks", ECSRequestRouter.listTasks),
            .reading("DescribeTasks", ECSRequestRouter.describeTasks),
            .changing("RegisterContainerInstance", ECSRequestRouter.registerContainerInstance),
            .changing("DeregisterContainerInstance", ECSRequestRouter.deregisterContainerInstance),
            .changing("UpdateContainerInstancesState", ECSRequestRouter.updateContainerInstancesState),
            .reading("ListContainerInstances", ECSRequestRouter.listContainerInstances),
            .reading("DescribeContainerInstances", ECSRequestRouter.describeContainerInstances),
            .changing("TagResource", ECSRequestRouter.tagResource),
            .changing("UntagResource", ECSRequestRouter.untagResource),
            .reading("ListTagsForResource", ECSRequestRouter.listTagsForResource),
            .changing("PutAttributes", ECSRequestRouter.putAttributes),
            .changing("DeleteAttributes", ECSRequestRouter.deleteAttributes),
            .reading("ListAttributes", ECSRequestRouter.listAttributes),
            .reading("DescribeCapacityProviders", ECSRequestRouter.describeCapacityProviders),
        ])
}

extension TaskDefinition {
    /// ECS refuses a task definition over 64 KiB. Measured here on the whole request body (its tags
    /// too), before it is read, so an oversized one costs nothing more.
    static let maximumSize = 65_536

    /// ECS's own words (ClientException, as CloudTrail records them).
    @Sendable static func tooLarge(_ length: Int) -> ECSError {
        .client("Actual length: '\(length)'. Max allowed length is '\(maximumSize)' bytes.")
    }
}
