import ECSModel

// ListClusters, DescribeClusters, CreateCluster, DeleteCluster.
extension ECSRequestRouter {
    func listClusters(_ input: RequestInput) throws(ECSError) -> JSONValue {
        try page(controlPlane.snapshot().clusters.map(\.cluster).filter(\.isActive).map(\.arn), key: "clusterArns", input)
    }

    func describeClusters(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let requested = try input.strings("clusters") ?? ["default"]
        guard requested.count <= 100 else { throw .invalidParameter("clusters can have at most 100 items.") }
        let snapshot = controlPlane.snapshot()
        let includesTags = try Self.includesTags(input)
        var clusters: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in requested {
            if let local = names.localID(name, .cluster), let cluster = snapshot.cluster(named: local) {
                let representation = cluster.cluster.apiRepresentation
                clusters.append(includesTags ? Self.tagging(representation, arn: cluster.cluster.arn, in: snapshot) : representation)
            } else {
                failures.append(Self.missing(name.hasPrefix("arn:") ? name : names.clusterARN(name)))
            }
        }
        return .object([.init("clusters", .array(clusters)), .init("failures", .array(failures))])
    }

    func createCluster(_ input: RequestInput) throws(ECSError) -> JSONValue {
        // ECS's default cluster when no name is given.
        let name = try input.string("clusterName") ?? "default"
        // Members the simulator does not model: refused, not ignored.
        for key in ["settings", "configuration", "serviceConnectDefaults"] where input.members[key] != nil {
            if case .array(let elements) = input.members[key], elements.isEmpty { continue }
            throw .client("ecstop serve does not take \(key) in CreateCluster.")
        }
        let strategy = try input.capacityProviderStrategy("defaultCapacityProviderStrategy")
        let creation = ClusterCreation(
            clusterName: name, capacityProviders: try input.strings("capacityProviders") ?? [],
            defaultCapacityProviderStrategy: strategy)
        let arn = names.clusterARN(name)
        let after = try execute(.createCluster(creation), thenTag: try Self.tags(input) ?? []) { _, _, _ in [arn] }
        guard let cluster = after.cluster(named: name) else { throw .clusterNotFound() }
        return .object([.init("cluster", Self.tagging(cluster.cluster.apiRepresentation, arn: arn, in: after))])
    }

    func deleteCluster(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let reference = try input.requiredString("cluster")
        guard let name = names.localID(reference, .cluster) else { throw .clusterNotFound() }
        let after = try execute(.deleteCluster(name))
        guard let cluster = after.cluster(named: name) else { throw .clusterNotFound() }
        return .object([.init("cluster", cluster.cluster.apiRepresentation)])
    }
}
