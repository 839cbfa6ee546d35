import ECSModel

// DescribeCapacityProviders: FARGATE and FARGATE_SPOT, which every account has, and the scenario's Auto
// Scaling group providers. Read-only: providers are not created or changed through the API.
extension ECSRequestRouter {
    /// By name or ARN (unknown ones are MISSING failures), else all; with `cluster`, only the cluster's.
    /// Pages of at most 10, as ECS answers. Simplified: `include: ["TAGS"]` adds nothing (providers
    /// have no tags here).
    func describeCapacityProviders(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let snapshot = controlPlane.snapshot()
        var providers = CapacityProviderStrategyItem.fargateProviders.map { (name: $0, representation: Self.fargateRepresentation($0, names)) }
        for cluster in snapshot.clusters where cluster.cluster.isActive {
            for provider in cluster.capacityProviders where !providers.contains(where: { $0.name == provider.name }) {
                providers.append((provider.name, Self.representation(provider, in: cluster)))
            }
        }
        if try input.string("cluster") != nil {
            let cluster = try cluster(input, in: snapshot)
            let associated = Set(cluster.cluster.capacityProviders).union(cluster.capacityProviders.map(\.name))
            providers.removeAll { !associated.contains($0.name) }
        }
        var failures: [JSONValue] = []
        if let requested = try input.strings("capacityProviders"), !requested.isEmpty {
            guard requested.count <= 100 else { throw .invalidParameter("capacityProviders can have at most 100 items.") }
            var found: [(name: String, representation: JSONValue)] = []
            for name in requested {
                // An ARN of another region, account or resource type names no provider here.
                let local = name.hasPrefix("arn:") ? (names.capacityProviderARN(name.arnResourceID) == name ? name.arnResourceID : nil) : name
                if let provider = providers.first(where: { $0.name == local }) {
                    if !found.contains(where: { $0.name == provider.name }) { found.append(provider) }
                } else {
                    failures.append(Self.missing(name.hasPrefix("arn:") ? name : names.capacityProviderARN(name)))
                }
            }
            providers = found
        }
        let (range, nextToken) = try pageRange(count: providers.count, input, defaultSize: 10, limit: 10)
        return .object(omittingAbsent: [
            "capacityProviders": .array(providers[range].map(\.representation)),
            "failures": .array(failures),
            "nextToken": nextToken.map(JSONValue.string),
        ])
    }

    private static func fargateRepresentation(_ name: String, _ names: ResourceNames) -> JSONValue {
        .object([
            .init("capacityProviderArn", .string(names.capacityProviderARN(name))),
            .init("name", .string(name)),
            .init("status", .string("ACTIVE")),
        ])
    }

    /// An Auto Scaling group provider. Managed termination protection is ENABLED with managed scaling:
    /// the simulation's scale-in only ever removes idle instances.
    private static func representation(_ provider: CapacityProvider, in cluster: ClusterSnapshot) -> JSONValue {
        let group = cluster.autoScalingGroups.first { $0.name == provider.autoScalingGroupName }
        let groupARN: String = group?.arn ?? provider.autoScalingGroupName ?? ""
        // Without managed scaling ECS still shows the settings, DISABLED, with its defaults.
        let enabled = provider.managedScaling?.enabled == true
        let scaling = provider.managedScaling ?? CapacityProvider.ManagedScaling(enabled: false)
        let managedScaling: JSONValue = .object([
            .init("status", .string(enabled ? "ENABLED" : "DISABLED")),
            .init("targetCapacity", .integer(scaling.targetCapacity)),
            .init("minimumScalingStepSize", .integer(scaling.minimumScalingStepSize)),
            .init("maximumScalingStepSize", .integer(scaling.maximumScalingStepSize)),
            .init("instanceWarmupPeriod", .integer(scaling.instanceWarmupPeriod)),
        ])
        let groupProvider: JSONValue = .object([
            .init("autoScalingGroupArn", .string(groupARN)),
            .init("managedScaling", managedScaling),
            .init("managedTerminationProtection", .string(enabled ? "ENABLED" : "DISABLED")),
        ])
        return .object([
            .init("capacityProviderArn", .string(provider.arn)),
            .init("name", .string(provider.name)),
            .init("status", .string(provider.status)),
            .init("autoScalingGroupProvider", groupProvider),
        ])
    }
}
