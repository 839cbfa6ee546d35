import ECSModel

// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState.
extension ECSRequestRouter {
    func listContainerInstances(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let cluster = try cluster(input, in: controlPlane.snapshot())
        if try input.string("filter") != nil {
            throw .client("ecstop serve does not evaluate the cluster query language (filter) yet.")
        }
        let status = try input.enumeration("status", ContainerInstanceStatus.self)
        let instances = cluster.instances.filter { instance in status.map { $0 == instance.status } ?? true }
        return try page(instances.map(\.arn), key: "containerInstanceArns", input)
    }

    func describeContainerInstances(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("containerInstances", limit: 100, input)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(input, in: snapshot)
        return describe(names, in: cluster, tagsFrom: try Self.includesTags(input) ? snapshot : nil)
    }

    func updateContainerInstancesState(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("containerInstances", limit: 10, input)
        guard let status = try input.enumeration("status", ContainerInstanceStatus.self) else {
            throw RequestInput.missing("status")
        }
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        let after = try execute(.updateContainerInstancesState(
            cluster: clusterName, containerInstances: names.map(\.arnResourceID), status: status))
        guard let cluster = after.cluster(named: clusterName) else { throw .clusterNotFound() }
        return describe(names, in: cluster)
    }

    /// `tagsFrom`: the snapshot whose tags to add (`include: ["TAGS"]`).
    private func describe(_ names: [String], in cluster: ClusterSnapshot, tagsFrom snapshot: ControlPlaneSnapshot? = nil) -> JSONValue {
        var byID: [String: ContainerInstance] = [:]
        for instance in cluster.instances { byID[instance.id] = instance }
        var instances: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in names {
            if let instance = byID[name.arnResourceID] {
                let representation = instance.apiRepresentation
                instances.append(snapshot.map { Self.tagging(representation, arn: instance.arn, in: $0) } ?? representation)
            } else {
                failures.append(Self.missing(
                    name.hasPrefix("arn:") ? name : self.names.containerInstanceARN(cluster: cluster.id, id: name)))
            }
        }
        return .object([.init("containerInstances", .array(instances)), .init("failures", .array(failures))])
    }

    func registerContainerInstance(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("RegisterContainerInstance is not supported by the ecstop simulation yet.")
    }

    func deregisterContainerInstance(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("DeregisterContainerInstance is not supported by the ecstop simulation yet.")
    }
}
