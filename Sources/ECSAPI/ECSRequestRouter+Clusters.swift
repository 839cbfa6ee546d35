import AWSWire
import ECSModel

// ListClusters, DescribeClusters, CreateCluster, DeleteCluster.
extension ECSRequestRouter {
    func listClusters(_ request: ECSShapes.ListClustersRequest) throws(ECSError) -> ECSShapes.ListClustersResponse {
        let arns = controlPlane.snapshot().clusters.map(\.cluster).filter(\.isActive).map(\.arn)
        let (selected, next) = try page(arns, maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListClustersResponse(clusterArns: selected, nextToken: next)
    }

    func describeClusters(_ request: ECSShapes.DescribeClustersRequest) throws(ECSError) -> ECSShapes.DescribeClustersResponse {
        let requested = request.clusters ?? ["default"]
        guard requested.count <= 100 else { throw .invalidParameter("clusters can have at most 100 items.") }
        let includesTags = try asksForTags(request.include)
        let snapshot = controlPlane.snapshot()
        var clusters: [ECSShapes.Cluster] = []
        var failures: [ECSShapes.Failure] = []
        for name in requested {
            if let local = names.localID(name, .cluster), let cluster = snapshot.cluster(named: local) {
                let tags = includesTags ? currentTags(of: cluster.cluster.arn, in: snapshot) : nil
                clusters.append(ECSShapes.Cluster(cluster.cluster, tags: tags))
            } else {
                failures.append(.missing(name.hasPrefix("arn:") ? name : names.clusterARN(name)))
            }
        }
        return ECSShapes.DescribeClustersResponse(clusters: clusters, failures: failures)
    }

    func createCluster(_ request: ECSShapes.CreateClusterRequest) throws(ECSError) -> ECSShapes.CreateClusterResponse {
        let creation = try ClusterCreation(request)
        let arn = names.clusterARN(creation.clusterName)
        let after = try execute(.createCluster(creation), thenTag: try ResourceTag.list(request.tags) ?? []) { _, _, _ in [arn] }
        guard let cluster = after.cluster(named: creation.clusterName) else { throw .clusterNotFound() }
        return ECSShapes.CreateClusterResponse(cluster: ECSShapes.Cluster(cluster.cluster, tags: currentTags(of: arn, in: after)))
    }

    func deleteCluster(_ request: ECSShapes.DeleteClusterRequest) throws(ECSError) -> ECSShapes.DeleteClusterResponse {
        let reference = try RequestMember.required(request.cluster, "cluster")
        guard let name = names.localID(reference, .cluster) else { throw .clusterNotFound() }
        let after = try execute(.deleteCluster(name))
        guard let cluster = after.cluster(named: name) else { throw .clusterNotFound() }
        return ECSShapes.DeleteClusterResponse(cluster: ECSShapes.Cluster(cluster.cluster))
    }
}
