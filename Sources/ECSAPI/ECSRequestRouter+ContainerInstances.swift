import AWSWire
import ECSModel

// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState,
// RegisterContainerInstance, DeregisterContainerInstance.
extension ECSRequestRouter {
    func listContainerInstances(
        _ request: ECSShapes.ListContainerInstancesRequest
    ) throws(ECSError) -> ECSShapes.ListContainerInstancesResponse {
        let cluster = try cluster(request.cluster, in: controlPlane.snapshot())
        let query = try request.filter.map { (expression: String) throws(ECSError) -> ClusterQuery in
            do throws(ClusterQuery.ParseError) {
                return try ClusterQuery(parsing: expression)
            } catch {
                throw .invalidParameter("The filter expression is not valid: \(expression)")  // wording not confirmed
            }
        }
        let status = try RequestMember.value(request.status, "status", as: ContainerInstanceStatus.self)
        // INACTIVE is not one of the model's values for `status`: deregistered instances are only described.
        if status == .inactive { throw .invalidParameter("INACTIVE is not a valid value for status.") }
        let instances = cluster.instances.filter { instance in
            (status.map { $0 == instance.status } ?? (instance.status != .inactive)) && (query?.matches(instance) ?? true)
        }
        let (selected, next) = try page(instances.map(\.arn), maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListContainerInstancesResponse(containerInstanceArns: selected, nextToken: next)
    }

    func describeContainerInstances(
        _ request: ECSShapes.DescribeContainerInstancesRequest
    ) throws(ECSError) -> ECSShapes.DescribeContainerInstancesResponse {
        let requested = try batch(request.containerInstances, "containerInstances", limit: 100)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(request.cluster, in: snapshot)
        let (instances, failures) = describe(requested, in: cluster, tagsFrom: try asksForTags(request.include) ? snapshot : nil)
        return ECSShapes.DescribeContainerInstancesResponse(containerInstances: instances, failures: failures)
    }

    /// Instances the cluster doesn't list come back as MISSING failures, as ECS answers per item; only the
    /// others go to the control plane, which refuses the call when one of them can't change state.
    func updateContainerInstancesState(
        _ request: ECSShapes.UpdateContainerInstancesStateRequest
    ) throws(ECSError) -> ECSShapes.UpdateContainerInstancesStateResponse {
        let requested = try batch(request.containerInstances, "containerInstances", limit: 10)
        let status = try RequestMember.required(
            RequestMember.value(request.status, "status", as: ContainerInstanceStatus.self), "status")
        return try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> ECSShapes.UpdateContainerInstancesStateResponse in
            let before = try cluster(request.cluster, in: plane.snapshot())
            let listed = Set(before.instances.map(\.id))
            let known = requested.compactMap { names.localID($0, .containerInstance, cluster: before.id) }.filter(listed.contains)
            try plane.execute(.updateContainerInstancesState(cluster: before.id, containerInstances: known, status: status))
            guard let after = plane.snapshot().cluster(named: before.id) else { throw .clusterNotFound() }
            let (instances, failures) = describe(requested, in: after)
            return ECSShapes.UpdateContainerInstancesStateResponse(containerInstances: instances, failures: failures)
        }
    }

    /// `tagsFrom`: the snapshot whose tags to add (`include: ["TAGS"]`).
    private func describe(
        _ requested: [String], in cluster: ClusterSnapshot, tagsFrom snapshot: ControlPlaneSnapshot? = nil
    ) -> ([ECSShapes.ContainerInstance], [ECSShapes.Failure]) {
        var byID: [String: ContainerInstance] = [:]
        for instance in cluster.instances { byID[instance.id] = instance }
        var instances: [ECSShapes.ContainerInstance] = []
        var failures: [ECSShapes.Failure] = []
        for name in requested {
            if let local = names.localID(name, .containerInstance, cluster: cluster.id), let instance = byID[local] {
                instances.append(ECSShapes.ContainerInstance(instance, tags: snapshot.map { currentTags(of: instance.arn, in: $0) }))
            } else {
                failures.append(.missing(name.hasPrefix("arn:") ? name : names.containerInstanceARN(cluster: cluster.id, id: name)))
            }
        }
        return (instances, failures)
    }

    /// Answers with the instance as registered, or the one already registered for that EC2 instance.
    func registerContainerInstance(
        _ request: ECSShapes.RegisterContainerInstanceRequest
    ) throws(ECSError) -> ECSShapes.RegisterContainerInstanceResponse {
        let registration = try ContainerInstanceRegistration(request)
        let clusterName = names.localID(registration.cluster, .cluster) ?? registration.cluster
        var registered: ContainerInstance?
        let after = try execute(.registerContainerInstance(registration), thenTag: try ResourceTag.list(request.tags) ?? []) {
            before, after, _ in
            let known = Set(before.cluster(named: clusterName)?.instances.map(\.id) ?? [])
            // Known by its EC2 id when the document named one; else the one that was not there before.
            registered = after.cluster(named: clusterName)?.instances.first { instance in
                guard let ec2InstanceID = registration.ec2InstanceID else { return !known.contains(instance.id) }
                return instance.ec2InstanceID == ec2InstanceID && instance.status != .inactive
            }
            return registered.map { [$0.arn] } ?? []
        }
        guard let registered else { throw ECSError("ServerException", "The registered container instance is not listed.") }
        return ECSShapes.RegisterContainerInstanceResponse(
            containerInstance: ECSShapes.ContainerInstance(registered, tags: currentTags(of: registered.arn, in: after)))
    }

    /// Answers with the instance INACTIVE; it stays described until the simulation drops it from the list.
    func deregisterContainerInstance(
        _ request: ECSShapes.DeregisterContainerInstanceRequest
    ) throws(ECSError) -> ECSShapes.DeregisterContainerInstanceResponse {
        let name = try RequestMember.required(request.containerInstance, "containerInstance")
        let force = request.force ?? false
        return try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> ECSShapes.DeregisterContainerInstanceResponse in
            let clusterName = try cluster(request.cluster, in: plane.snapshot()).id
            try plane.execute(.deregisterContainerInstance(cluster: clusterName, containerInstance: name, force: force))
            let id = names.localID(name, .containerInstance, cluster: clusterName)
            guard let instance = plane.snapshot().cluster(named: clusterName)?.instances.first(where: { $0.id == id })
            else { throw ECSError("ServerException", "The deregistered container instance is not listed.") }
            return ECSShapes.DeregisterContainerInstanceResponse(containerInstance: ECSShapes.ContainerInstance(instance))
        }
    }
}
