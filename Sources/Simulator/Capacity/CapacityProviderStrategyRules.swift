import ECSModel

/// The rules of the model's `CapacityProviderStrategyItem`, for every strategy: CreateService's,
/// RunTask's, a cluster's default and a scenario's. Messages are ECS's where known (the association
/// one); the others follow ECS's style.
enum CapacityProviderStrategyRules {
    /// "A capacity provider strategy can contain a maximum of 20 capacity providers."
    static let itemLimit = 20

    /// Throws unless `strategy` (empty is valid: no strategy) comes without a launch type and names only
    /// `associated` providers, each once, all Fargate or all Auto Scaling group ones, weights 0–1000 with
    /// at least one above 0, bases 0–100000 with at most one above 0.
    static func validate(
        _ strategy: [CapacityProviderStrategyItem], launchType: LaunchType? = nil, associated: [String]
    ) throws(ECSError) {
        guard !strategy.isEmpty else { return }
        guard launchType == nil else {
            throw .invalidParameter(
                "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        }
        guard strategy.count <= itemLimit else {
            throw .invalidParameter("A capacity provider strategy can contain a maximum of \(itemLimit) capacity providers.")
        }
        var seen = Set<String>()
        for item in strategy {
            guard (0...1000).contains(item.weight) else {
                throw .invalidParameter("The weight of capacity provider \(item.capacityProvider) must be between 0 and 1000.")
            }
            guard (0...100_000).contains(item.base) else {
                throw .invalidParameter("The base of capacity provider \(item.capacityProvider) must be between 0 and 100000.")
            }
            guard seen.insert(item.capacityProvider).inserted else {
                throw .invalidParameter(
                    "The capacity provider strategy cannot contain the capacity provider \(item.capacityProvider) more than once.")
            }
        }
        guard strategy.filter({ $0.base > 0 }).count <= 1 else {
            throw .invalidParameter("Only one capacity provider in a capacity provider strategy can have a base defined.")
        }
        guard strategy.contains(where: { $0.weight > 0 }) else {
            throw .invalidParameter(
                "At least one capacity provider in a capacity provider strategy must have a weight greater than zero.")
        }
        let fargate = strategy.filter { Simulator.fargateProviders.contains($0.capacityProvider) }.count
        guard fargate == 0 || fargate == strategy.count else {
            throw .invalidParameter(
                "A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.")
        }
        for item in strategy where !associated.contains(item.capacityProvider) {
            throw .invalidParameter(
                "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.")
        }
    }
}
