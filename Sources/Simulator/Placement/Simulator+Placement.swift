/// Where a new task goes: a service's or RunTask's plan resolved into a `PlacementRequest`, then the
/// pipeline of `PlacementCandidates` (filters, score, seeded pick). Services default to spreading over
/// zones then instances; RunTask to random.
extension Simulator {
    /// The instance for a service's next task, `TaskLocation.fargate` for Fargate capacity, or nil when
    /// nothing fits.
    func placeTask(for key: ServiceKey) -> Int? {
        let state = self[state: key]
        if state.plan.isFargate { return TaskLocation.fargate }
        let request = placementRequest(for: key)
        return choosePlacement(
            cluster: key.cluster, request, perInstance: state.tasksPerInstance, perZone: state.tasksPerZone)
    }

    /// Why the service's next task fits nowhere.
    func placementFailure(for key: ServiceKey) -> PlacementFailure {
        placementFailure(
            cluster: key.cluster, placementRequest(for: key),
            perInstance: self[state: key].tasksPerInstance)
    }

    func placementRequest(for key: ServiceKey) -> PlacementRequest {
        let state = self[state: key]
        let eligible = eligibility(cluster: key.cluster, plan: &state.plan)
        return placementRequest(
            cluster: key.cluster, definition: state.taskDefinition, plan: state.plan, eligible: eligible,
            perInstance: state.tasksPerInstance)
    }

    /// Resolves a plan for one task of `definition`; `perInstance` counts the group's tasks per instance.
    func placementRequest(
        cluster c: Int, definition: TaskDefinition, plan: PlacementPlan, eligible: [Bool]?, perInstance: [Int32]
    ) -> PlacementRequest {
        let required = definition.requiredResources
        var keys: [ScoreKey] = []
        var attributeSpreads: [PlacementRequest.AttributeSpread] = []
        strategies: for strategy in plan.strategies {
            switch (strategy.type, strategy.field ?? "") {
            case (.random, _):
                break strategies
            case (.binpack, "cpu"): keys.append(.binpackCPU)
            case (.binpack, _): keys.append(.binpackMemory)
            case (.spread, "attribute:ecs.availability-zone"): keys.append(.zoneSpread)
            case (.spread, let field) where field.hasPrefix("attribute:"):
                let values = attributeValues(cluster: c, name: String(field.dropFirst("attribute:".count)))
                var perValue = Array(repeating: 0, count: values.valueCount)
                for (i, count) in perInstance.enumerated() where count > 0 && i < values.valueOfInstance.count {
                    perValue[Int(values.valueOfInstance[i])] += Int(count)
                }
                keys.append(.attributeSpread(attributeSpreads.count))
                attributeSpreads.append(PlacementRequest.AttributeSpread(valueOfInstance: values.valueOfInstance, tasksPerValue: perValue))
            case (.spread, _): keys.append(.instanceSpread)
            }
        }
        return PlacementRequest(
            cpu: Int32(required.cpu), memory: Int32(required.memory), ports: definition.staticHostPorts,
            needsENI: definition.networkMode == .awsvpc, eligible: eligible, distinctInstance: plan.distinctInstance,
            keys: keys, attributeSpreads: attributeSpreads)
    }

    /// The best feasible instance for the request (see `PlacementCandidates`); nil when nothing fits.
    func choosePlacement(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], perZone: [Int]) -> Int? {
        withCandidates(cluster: c, request, perInstance: perInstance) { candidates in
            perZone.withUnsafeBufferPointer { perZone in
                if request.keys == ZoneThenInstanceScoring.keys {
                    var scoring = ZoneThenInstanceScoring(perInstance: candidates.perInstance, perZone: perZone)
                    return candidates.choose(by: &scoring, using: &generator)
                }
                return StrategyScoring.with(request, perInstance: candidates.perInstance, perZone: perZone) { scoring in
                    candidates.choose(by: &scoring, using: &generator)
                }
            }
        }
    }

    /// The first filter instance `i` fails for the request, in ECS's order; nil when it fits.
    func firstRejection(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], instance i: Int) -> PlacementFilter? {
        withCandidates(cluster: c, request, perInstance: perInstance) { $0.firstRejection(of: i) }
    }

    /// Why nothing fits (see `PlacementCandidates.failure()`).
    func placementFailure(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32]) -> PlacementFailure {
        withCandidates(cluster: c, request, perInstance: perInstance) { $0.failure() }
    }

    private func withCandidates<Result>(
        cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], _ body: (PlacementCandidates) -> Result
    ) -> Result {
        PlacementCandidates.with(
            request, slots: capacity.slots(inCluster: c), perInstance: perInstance, instances: clusters[c].instances, body)
    }

    // MARK: Constraints and attributes

    /// Which instances satisfy the plan's memberOf expressions; nil when it has none. Cached in the plan
    /// until an instance joins or changes attributes.
    func eligibility(cluster c: Int, plan: inout PlacementPlan) -> [Bool]? {
        guard !plan.memberOf.isEmpty else { return nil }
        let version = clusterStates[c].placementIndex.attributesVersion
        let count = clusters[c].instances.count
        if plan.eligibleVersion != version || plan.eligible.count != count {
            plan.eligible = clusters[c].instances.map { instance in plan.memberOf.allSatisfy { $0.matches(instance) } }
            plan.eligibleVersion = version
        }
        return plan.eligible
    }

    /// Each instance's value of attribute `name` as a small number (instances without it share one).
    func attributeValues(cluster c: Int, name: String) -> PlacementIndex.AttributeValues {
        let index = clusterStates[c].placementIndex
        let count = clusters[c].instances.count
        if let cached = index.attributeValues[name], cached.version == index.attributesVersion,
           cached.valueOfInstance.count == count {
            return cached
        }
        var ids: [String: UInt16] = [:]
        var valueOfInstance: [UInt16] = []
        valueOfInstance.reserveCapacity(count)
        for instance in clusters[c].instances {
            let value = instance.attributes[name] ?? ""
            if let id = ids[value] {
                valueOfInstance.append(id)
            } else {
                let id = UInt16(ids.count)
                ids[value] = id
                valueOfInstance.append(id)
            }
        }
        let values = PlacementIndex.AttributeValues(
            version: index.attributesVersion, valueOfInstance: valueOfInstance, valueCount: ids.count)
        clusterStates[c].placementIndex.attributeValues[name] = values
        return values
    }

    // MARK: Instances

    /// Whether instance `i` can take new tasks.
    func isPlaceable(_ instance: ContainerInstance) -> Bool { instance.status == .active && instance.agentConnected }
}
