/// CreateCluster and DeleteCluster.
extension Simulator {
    func createCluster(_ creation: ClusterCreation) throws(ECSError) {
        throw .client("CreateCluster is not supported by the ecstop simulation yet.")
    }

    func deleteCluster(_ cluster: String) throws(ECSError) {
        throw .client("DeleteCluster is not supported by the ecstop simulation yet.")
    }
}
