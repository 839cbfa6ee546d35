import ECSModel

// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState.
extension ECSRequestRouter {
    func listContainerInstances(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let cluster = try cluster(input, in: controlPlane.snapshot())
        let query = try input.string("filter").map { (expression: String) throws(ECSError) -> ClusterQuery in
            do throws(ClusterQuery.ParseError) {
                return try ClusterQuery(parsing: expression)
            } catch {
                throw .invalidParameter("The filter expression is not valid: \(expression)")  // wording not confirmed
            }
        }
        let status = try input.enumeration("status", ContainerInstanceStatus.self)
        // INACTIVE is not one of the model's values for `status`: deregistered instances are only described.
        if status == .inactive { throw .invalidParameter("INACTIVE is not a valid value for status.") }
        let instances = cluster.instances.filter { instance in
            (status.map { $0 == instance.status } ?? (instance.status != .inactive)) && (query?.matches(instance) ?? true)
        }
        return try page(instances.map(\.arn), key: "containerInstanceArns", input)
    }

    func describeContainerInstances(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("containerInstances", limit: 100, input)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(input, in: snapshot)
        return describe(names, in: cluster, tagsFrom: try Self.includesTags(input) ? snapshot : nil)
    }

    /// Instances the cluster doesn't list come back as MISSING failures, as ECS answers per item; only the
    /// others go to the control plane, which refuses the call when one of them can't change state.
    func updateContainerInstancesState(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("containerInstances", limit: 10, input)
        guard let status = try input.enumeration("status", ContainerInstanceStatus.self) else {
            throw RequestInput.missing("status")
        }
        return try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> JSONValue in
            let before = try cluster(input, in: plane.snapshot())
            let listed = Set(before.instances.map(\.id))
            let known = names.compactMap { self.names.localID($0, .containerInstance, cluster: before.id) }.filter(listed.contains)
            try plane.execute(.updateContainerInstancesState(cluster: before.id, containerInstances: known, status: status))
            guard let after = plane.snapshot().cluster(named: before.id) else { throw .clusterNotFound() }
            return describe(names, in: after)
        }
    }

    /// `tagsFrom`: the snapshot whose tags to add (`include: ["TAGS"]`).
    private func describe(_ names: [String], in cluster: ClusterSnapshot, tagsFrom snapshot: ControlPlaneSnapshot? = nil) -> JSONValue {
        var byID: [String: ContainerInstance] = [:]
        for instance in cluster.instances { byID[instance.id] = instance }
        var instances: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in names {
            if let local = self.names.localID(name, .containerInstance, cluster: cluster.id), let instance = byID[local] {
                let representation = instance.apiRepresentation
                instances.append(snapshot.map { Self.tagging(representation, arn: instance.arn, in: $0) } ?? representation)
            } else {
                failures.append(Self.missing(
                    name.hasPrefix("arn:") ? name : self.names.containerInstanceARN(cluster: cluster.id, id: name)))
            }
        }
        return .object([.init("containerInstances", .array(instances)), .init("failures", .array(failures))])
    }

    /// Answers with the instance as registered, or the one already registered for that EC2 instance.
    func registerContainerInstance(_ input: RequestInput) throws(ECSError) -> JSONValue {
        var registration = ContainerInstanceRegistration(
            cluster: try input.string("cluster") ?? "default", totalResources: try totalResources(input),
            attributes: try customAttributes(input))
        if let text = try input.string("instanceIdentityDocument") {
            let document = try identityDocument(text)
            registration.ec2InstanceID = try document.string("instanceId")
            registration.instanceType = try document.string("instanceType")
            registration.availabilityZone = try document.string("availabilityZone")
            // `region` is not checked: the server answers for one region whatever the client was set to.
        }
        let clusterName = names.localID(registration.cluster, .cluster) ?? registration.cluster
        var registered: ContainerInstance?
        let after = try execute(.registerContainerInstance(registration), thenTag: try Self.tags(input) ?? []) { before, after, _ in
            let known = Set(before.cluster(named: clusterName)?.instances.map(\.id) ?? [])
            // Known by its EC2 id when the document named one; else the one that was not there before.
            registered = after.cluster(named: clusterName)?.instances.first { instance in
                guard let ec2InstanceID = registration.ec2InstanceID else { return !known.contains(instance.id) }
                return instance.ec2InstanceID == ec2InstanceID && instance.status != .inactive
            }
            return registered.map { [$0.arn] } ?? []
        }
        guard let registered else { throw ECSError("ServerException", "The registered container instance is not listed.") }
        return .object([
            .init("containerInstance", Self.tagging(registered.apiRepresentation, arn: registered.arn, in: after)),
        ])
    }

    private func identityDocument(_ text: String) throws(ECSError) -> RequestInput {
        let document: JSONValue
        do throws(JSONParser.Failure) {
            document = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw .invalidParameter("instanceIdentityDocument is not a valid JSON document: \(error.message)")
        }
        return try RequestInput(document)
    }

    /// CPU and MEMORY from `totalResources`, both or neither. Simplified: PORTS and PORTS_UDP are not
    /// read; every instance reserves the agent's default ports.
    private func totalResources(_ input: RequestInput) throws(ECSError) -> Resources? {
        guard let items = try input.structures("totalResources"), !items.isEmpty else { return nil }
        var values: [String: Int] = [:]
        for item in items {
            guard let name = try item.string("name") else { throw RequestInput.missing("totalResources.name") }
            if let value = try item.integer("integerValue") { values[name] = value }
        }
        guard let cpu = values["CPU"], let memory = values["MEMORY"] else {
            throw .invalidParameter("totalResources must give CPU and MEMORY as integerValue.")
        }
        return Resources(cpu: cpu, memory: memory)
    }

    /// The agent's capability attributes come with a name only: kept with an empty value, which
    /// DescribeContainerInstances shows without one and `attribute:<name> exists` finds.
    private func customAttributes(_ input: RequestInput) throws(ECSError) -> [String: String] {
        var attributes: [String: String] = [:]
        for attribute in try input.structures("attributes") ?? [] {
            guard let name = try attribute.string("name") else { throw RequestInput.missing("attributes.name") }
            attributes[name] = try attribute.string("value") ?? ""
        }
        return attributes
    }

    /// Answers with the instance INACTIVE; it stays described until the simulation drops it from the list.
    func deregisterContainerInstance(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let name = try input.requiredString("containerInstance")
        let force = try input.bool("force") ?? false
        return try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> JSONValue in
            let clusterName = try cluster(input, in: plane.snapshot()).id
            try plane.execute(.deregisterContainerInstance(cluster: clusterName, containerInstance: name, force: force))
            let id = self.names.localID(name, .containerInstance, cluster: clusterName)
            guard let instance = plane.snapshot().cluster(named: clusterName)?.instances.first(where: { $0.id == id })
            else { throw ECSError("ServerException", "The deregistered container instance is not listed.") }
            return .object([.init("containerInstance", instance.apiRepresentation)])
        }
    }
}
