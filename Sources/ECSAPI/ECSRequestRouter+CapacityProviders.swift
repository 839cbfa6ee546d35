import AWSWire
import ECSModel

// DescribeCapacityProviders: FARGATE and FARGATE_SPOT, which every account has, and the scenario's Auto
// Scaling group providers. Read-only: providers are not created or changed through the API.
extension ECSRequestRouter {
    /// By name or ARN (unknown ones are MISSING failures), else all; with `cluster`, only the cluster's.
    /// Pages of at most 10, as ECS answers. Simplified: `include: ["TAGS"]` adds nothing (providers
    /// have no tags here).
    func describeCapacityProviders(
        _ request: ECSShapes.DescribeCapacityProvidersRequest
    ) throws(ECSError) -> ECSShapes.DescribeCapacityProvidersResponse {
        let snapshot = controlPlane.snapshot()
        var providers = CapacityProviderStrategyItem.fargateProviders.map { name in
            (name: name, shape: ECSShapes.CapacityProvider(fargate: name, arn: names.capacityProviderARN(name)))
        }
        for cluster in snapshot.clusters where cluster.cluster.isActive {
            for provider in cluster.capacityProviders where !providers.contains(where: { $0.name == provider.name }) {
                let group = cluster.autoScalingGroups.first { $0.name == provider.autoScalingGroupName }
                let groupARN = group?.arn ?? provider.autoScalingGroupName ?? ""
                providers.append((provider.name, ECSShapes.CapacityProvider(provider, autoScalingGroupARN: groupARN)))
            }
        }
        if request.cluster != nil {
            let cluster = try cluster(request.cluster, in: snapshot)
            let associated = Set(cluster.cluster.capacityProviders).union(cluster.capacityProviders.map(\.name))
            providers.removeAll { !associated.contains($0.name) }
        }
        var failures: [ECSShapes.Failure] = []
        if let requested = request.capacityProviders, !requested.isEmpty {
            guard requested.count <= 100 else { throw .invalidParameter("capacityProviders can have at most 100 items.") }
            var found: [(name: String, shape: ECSShapes.CapacityProvider)] = []
            for name in requested {
                // An ARN of another region, account or resource type names no provider here.
                let local = name.hasPrefix("arn:") ? (names.capacityProviderARN(name.arnResourceID) == name ? name.arnResourceID : nil) : name
                if let provider = providers.first(where: { $0.name == local }) {
                    if !found.contains(where: { $0.name == provider.name }) { found.append(provider) }
                } else {
                    failures.append(.missing(name.hasPrefix("arn:") ? name : names.capacityProviderARN(name)))
                }
            }
            providers = found
        }
        let (range, nextToken) = try pageRange(
            count: providers.count, maxResults: request.maxResults, nextToken: request.nextToken, defaultSize: 10, limit: 10)
        return ECSShapes.DescribeCapacityProvidersResponse(
            capacityProviders: providers[range].map(\.shape), failures: failures, nextToken: nextToken)
    }
}
