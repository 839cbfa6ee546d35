/// How one service, or one RunTask call, places its tasks: the launch type, the strategies in order and
/// the binding constraints, parsed once. Services keep theirs in `ServiceState.plan`.
struct PlacementPlan {
    /// `.fargate` for Fargate capacity (a FARGATE launch type or a FARGATE / FARGATE_SPOT provider).
    var launchType: LaunchType = .ec2
    var isDaemon = false
    /// Applied in order; scoring stops at the first `random` (it breaks every remaining tie).
    var strategies: [PlacementStrategy] = PlacementStrategy.defaultForServices
    var memberOf: [ClusterQuery] = []
    var distinctInstance = false
    var capacityProviderStrategy: [CapacityProviderStrategyItem] = []
    /// Tasks this plan has put on Fargate so far, to split them over FARGATE and FARGATE_SPOT.
    var fargateLaunches = 0

    /// Which instances satisfy every `memberOf`, cached until instances' attributes change.
    var eligible: [Bool] = []
    var eligibleVersion = -1

    var isFargate: Bool { launchType == .fargate }

    init() {}

    /// Parses the constraints; an expression ECS would refuse throws InvalidParameterException.
    init(
        launchType: LaunchType, isDaemon: Bool = false, strategies: [PlacementStrategy],
        constraints: [PlacementConstraint], capacityProviderStrategy: [CapacityProviderStrategyItem] = []
    ) throws(ECSError) {
        self.launchType = launchType
        self.isDaemon = isDaemon
        self.strategies = strategies
        self.capacityProviderStrategy = capacityProviderStrategy
        for constraint in constraints {
            switch constraint.type {
            case .distinctInstance:
                distinctInstance = true
            case .memberOf:
                let expression = constraint.expression ?? ""
                do {
                    memberOf.append(try ClusterQuery(parsing: expression))
                } catch {
                    throw ClusterQuery.invalidExpressionError(expression)
                }
            }
        }
    }

    /// ECS's limits on what a service or RunTask may ask for. (Wording of these refusals not confirmed.)
    static let strategyLimit = 5
    static let constraintLimit = 10

    static func validate(strategies: [PlacementStrategy], constraints: [PlacementConstraint]) throws(ECSError) {
        guard strategies.count <= strategyLimit else {
            throw .invalidParameter("The number of placement strategies cannot exceed \(strategyLimit).")
        }
        guard constraints.count <= constraintLimit else {
            throw .invalidParameter("The number of placement constraints cannot exceed \(constraintLimit).")
        }
        for strategy in strategies {
            let field = strategy.field ?? ""
            switch strategy.type {
            case .binpack:
                guard field == "cpu" || field == "memory" else {
                    throw .invalidParameter("Invalid field for the binpack placement strategy: '\(field)'. Use cpu or memory.")
                }
            case .spread:
                guard field == "instanceId" || field == "host" || (field.hasPrefix("attribute:") && field.count > 10) else {
                    throw .invalidParameter("Invalid field for the spread placement strategy: '\(field)'.")
                }
            case .random:
                break
            }
        }
        for constraint in constraints {
            switch constraint.type {
            case .distinctInstance:
                guard constraint.expression == nil else {
                    throw .invalidParameter("Expressions are not supported for the distinctInstance placement constraint.")
                }
            case .memberOf:
                let expression = constraint.expression ?? ""
                guard (try? ClusterQuery(parsing: expression)) != nil else {
                    throw ClusterQuery.invalidExpressionError(expression)
                }
            }
        }
    }
}
