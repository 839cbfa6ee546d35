/// CreateCluster and DeleteCluster.
///
/// A deleted cluster stays where it is in `clusters` (every index is by cluster position), INACTIVE and
/// out of `clusterIndexByName`, so every operation that names it answers ClusterNotFoundException while
/// DescribeClusters still shows it. Creating it again makes that same cluster ACTIVE.
extension Simulator {
    func createCluster(_ creation: ClusterCreation) throws(ECSError) {
        let name = creation.clusterName
        try Self.validateClusterName(name)
        for provider in creation.capacityProviders where !Self.fargateProviders.contains(provider) {
            throw .invalidParameter(
                "The specified capacity provider '\(provider)' does not exist. Specify a valid name or ARN and try again.")
        }
        guard Set(creation.capacityProviders).count == creation.capacityProviders.count else {
            throw .invalidParameter("The capacity providers of a cluster must be unique.")  // wording not confirmed
        }
        try CapacityProviderStrategyRules.validate(
            creation.defaultCapacityProviderStrategy, associated: creation.capacityProviders)
        // Everything is valid: from here on nothing throws.
        // Creating an ACTIVE cluster again is idempotent: it is returned as it is.
        guard clusterIndexByName[name] == nil else { return }
        let c: Int
        if let inactive = clusters.firstIndex(where: { $0.cluster.name == name }) {
            c = inactive
            clusters[c].cluster.status = "ACTIVE"
            clusterIndexByName[name] = c
            // A deleted cluster is described with its tags; created again, it starts with its own.
            tagsByARN[clusters[c].cluster.arn] = nil
        } else {
            c = clusters.count
            addCluster(Scenario.ClusterSpec(name: name, instances: []))
            // The per-cluster state the scenario's other parts build at start.
            telemetry.addCluster()
            loadBalancing.addCluster()
        }
        clusters[c].cluster.capacityProviders = creation.capacityProviders
        clusters[c].cluster.defaultCapacityProviderStrategy = creation.defaultCapacityProviderStrategy
    }

    func deleteCluster(_ name: String) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: name) else { throw .clusterNotFound() }
        let cluster = clusters[c]
        guard !cluster.services.contains(where: { ["ACTIVE", "DRAINING"].contains($0.service.status) }) else {
            throw ECSError("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active.")
        }
        guard !cluster.instances.contains(where: { $0.status != .inactive }) else {
            throw ECSError(
                "ClusterContainsContainerInstancesException",
                "The Cluster cannot be deleted while Container Instances are active or draining.")
        }
        // O(tasks listed in the cluster), which without services or instances are few: stopped ones and
        // standalone Fargate tasks.
        let hasTasks = cluster.services.contains { $0.tasks.contains { $0.lastStatus != .stopped } }
            || cluster.standaloneTasks.contains { $0.lastStatus != .stopped }
        guard !hasTasks else {
            throw ECSError("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.")
        }
        // Auto Scaling group providers would go on launching instances into it (FARGATE is not among them).
        guard cluster.capacityProviders.isEmpty else {
            throw ECSError(
                "ClusterContainsCapacityProviderException",
                "The Cluster cannot be deleted while Capacity Providers are associated with it.")
        }
        clusters[c].cluster.status = "INACTIVE"
        clusterIndexByName[cluster.cluster.name] = nil
    }

    /// 1–255 letters, digits, hyphens and underscores.
    static func validateClusterName(_ name: String) throws(ECSError) {
        guard ResourceNameRule.isValid(name) else {
            throw .invalidParameter(
                "Cluster name must be 1 to 255 characters long and contain only letters, numbers, hyphens and underscores.")
        }
    }
}
