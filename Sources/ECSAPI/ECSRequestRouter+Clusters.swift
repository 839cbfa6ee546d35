import ECSModel

// ListClusters, DescribeClusters, ListTagsForResource.
extension ECSRequestRouter {
    func listClusters(_ input: RequestInput) throws(ECSError) -> JSONValue {
        try page(controlPlane.snapshot().clusters.map(\.cluster.arn), key: "clusterArns", input)
    }

    func describeClusters(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let requested = try input.strings("clusters") ?? ["default"]
        guard requested.count <= 100 else { throw .invalidParameter("clusters can have at most 100 items.") }
        let snapshot = controlPlane.snapshot()
        var clusters: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in requested {
            if let cluster = snapshot.cluster(named: name.arnResourceID) {
                clusters.append(cluster.cluster.apiRepresentation)
            } else {
                failures.append(Self.missing(name.hasPrefix("arn:") ? name : names.clusterARN(name)))
            }
        }
        return .object([.init("clusters", .array(clusters)), .init("failures", .array(failures))])
    }

    /// The simulation keeps no tags: every resource has none.
    func listTagsForResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let arn = try input.requiredString("resourceArn")
        guard arn.hasPrefix("arn:") else { throw .invalidParameter("resourceArn must be an ARN.") }
        return .object([.init("tags", .array([]))])
    }

    func createCluster(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("CreateCluster is not supported by the ecstop simulation yet.")
    }

    func deleteCluster(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("DeleteCluster is not supported by the ecstop simulation yet.")
    }

    func tagResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("TagResource is not supported by the ecstop simulation yet.")
    }

    func untagResource(_ input: RequestInput) throws(ECSError) -> JSONValue {
        throw .client("UntagResource is not supported by the ecstop simulation yet.")
    }
}
