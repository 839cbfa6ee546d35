/// Where a new task goes, in one pass over the cluster's compact slots: feasibility filters (ACTIVE and
/// connected, CPU, memory, free ENIs, memberOf, distinctInstance, then static ports, the costly one, only
/// for instances that could still win), then the strategies as a lexicographic score, then a seeded
/// tie-break among equals. Services default to spreading over zones then instances; RunTask to random.
extension Simulator {
    /// The instance for a service's next task, `TaskLocation.fargate` for Fargate capacity, or nil when
    /// nothing fits.
    func placeTask(for key: ServiceKey) -> Int? {
        let state = clusterStates[key.cluster].services[key.service]
        if state.plan.isFargate { return TaskLocation.fargate }
        let request = placementRequest(for: key)
        return choosePlacement(
            cluster: key.cluster, request, perInstance: state.tasksPerInstance, perZone: state.tasksPerZone)
    }

    /// Why the service's next task fits nowhere.
    func placementFailure(for key: ServiceKey) -> PlacementFailure {
        placementFailure(
            cluster: key.cluster, placementRequest(for: key),
            perInstance: clusterStates[key.cluster].services[key.service].tasksPerInstance)
    }

    func placementRequest(for key: ServiceKey) -> PlacementRequest {
        let state = clusterStates[key.cluster].services[key.service]
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
        var attributeSpreads: [AttributeSpread] = []
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
                attributeSpreads.append(AttributeSpread(valueOfInstance: values.valueOfInstance, tasksPerValue: perValue))
            case (.spread, _): keys.append(.instanceSpread)
            }
        }
        return PlacementRequest(
            cpu: Int32(required.cpu), memory: Int32(required.memory), ports: definition.staticHostPorts,
            needsENI: definition.networkMode == .awsvpc, eligible: eligible, distinctInstance: plan.distinctInstance,
            keys: keys, attributeSpreads: attributeSpreads)
    }

    /// The best feasible instance by the request's score; equals are broken at random (reservoir
    /// sampling, so each tied instance is equally likely). One pass; nil when nothing fits. The loop keeps
    /// its state in locals and reads through buffer pointers: it runs for every slot of the cluster.
    func choosePlacement(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], perZone: [Int]) -> Int? {
        if request.keys == Self.defaultServiceKeys {
            return chooseByZoneThenInstance(cluster: c, request, perInstance: perInstance, perZone: perZone)
        }
        let (cpu, memory, needsENI, distinct) = (request.cpu, request.memory, request.needsENI, request.distinctInstance)
        let eligible = request.eligible ?? []
        let constrained = request.eligible != nil
        let ports = request.ports
        let spreads = request.attributeSpreads
        let slots = clusterStates[c].slots
        let best = slots.withUnsafeBufferPointer { slots in
            perInstance.withUnsafeBufferPointer { perInstance in
                perZone.withUnsafeBufferPointer { perZone in
                    request.keys.withUnsafeBufferPointer { keys in
                        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, keys.count)) { bestScore in
                            func score(_ key: ScoreKey, _ i: Int, _ slot: PlacementSlot) -> Int {
                                switch key {
                                case .zoneSpread: perZone[Int(slot.zone)]
                                case .instanceSpread: Int(perInstance[i])
                                case .attributeSpread(let k): spreads[k].tasksPerValue[Int(spreads[k].valueOfInstance[i])]
                                case .binpackCPU: Int(slot.remainingCPU)
                                case .binpackMemory: Int(slot.remainingMemory)
                                }
                            }
                            for k in 0..<keys.count { bestScore[k] = .max }
                            var best = -1
                            var ties = 0
                            for i in 0..<min(slots.count, perInstance.count) {
                                let slot = slots[i]
                                guard slot.placeable, slot.remainingCPU >= cpu, slot.remainingMemory >= memory else { continue }
                                if needsENI && slot.freeENIs <= 0 { continue }
                                if constrained && !eligible[i] { continue }
                                if distinct && perInstance[i] > 0 { continue }
                                // Compare level by level; an instance that already loses is dropped before
                                // its ports are looked up.
                                var order = 0
                                var level = 0
                                while level < keys.count {
                                    let value = score(keys[level], i, slot)
                                    if value != bestScore[level] {
                                        order = value < bestScore[level] ? -1 : 1
                                        break
                                    }
                                    level += 1
                                }
                                if order > 0 { continue }
                                if !ports.isEmpty && !portsFree(ports, cluster: c, instance: i) { continue }
                                if order < 0 {
                                    best = i
                                    for k in level..<keys.count { bestScore[k] = score(keys[k], i, slot) }
                                    ties = 1
                                } else {
                                    ties += 1
                                    if generator.index(below: ties) == 0 { best = i }
                                }
                            }
                            return best
                        }
                    }
                }
            }
        }
        return best >= 0 ? best : nil
    }

    private static let defaultServiceKeys: [ScoreKey] = [.zoneSpread, .instanceSpread]

    /// `choosePlacement` for ECS's default service strategies, with the two levels compared inline: most
    /// placements are these, and at 5,000 instances the generic loop's per-level dispatch doubles the cost.
    private func chooseByZoneThenInstance(
        cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], perZone: [Int]
    ) -> Int? {
        let (cpu, memory, needsENI, distinct) = (request.cpu, request.memory, request.needsENI, request.distinctInstance)
        let eligible = request.eligible ?? []
        let constrained = request.eligible != nil
        let ports = request.ports
        let slots = clusterStates[c].slots
        let best = slots.withUnsafeBufferPointer { slots in
            perInstance.withUnsafeBufferPointer { perInstance in
                perZone.withUnsafeBufferPointer { perZone in
                    var best = -1
                    var bestZoneCount = Int.max
                    var bestInstanceCount = Int32.max
                    var ties = 0
                    for i in 0..<min(slots.count, perInstance.count) {
                        let slot = slots[i]
                        guard slot.placeable, slot.remainingCPU >= cpu, slot.remainingMemory >= memory else { continue }
                        let zoneCount = perZone[Int(slot.zone)]
                        let instanceCount = perInstance[i]
                        if zoneCount > bestZoneCount || (zoneCount == bestZoneCount && instanceCount > bestInstanceCount) {
                            continue
                        }
                        if needsENI && slot.freeENIs <= 0 { continue }
                        if constrained && !eligible[i] { continue }
                        if distinct && instanceCount > 0 { continue }
                        if !ports.isEmpty && !portsFree(ports, cluster: c, instance: i) { continue }
                        if zoneCount < bestZoneCount || instanceCount < bestInstanceCount {
                            best = i
                            bestZoneCount = zoneCount
                            bestInstanceCount = instanceCount
                            ties = 1
                        } else {
                            ties += 1
                            if generator.index(below: ties) == 0 { best = i }
                        }
                    }
                    return best
                }
            }
        }
        return best >= 0 ? best : nil
    }

    /// The first filter instance `i` fails for the request, in ECS's order; nil when it fits.
    func shortfall(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32], instance i: Int) -> PlacementFailure.Shortfall? {
        let slot = clusterStates[c].slots[i]
        if !clusters[c].instances[i].agentConnected { return .agent }
        if slot.remainingCPU < request.cpu { return .cpu }
        if slot.remainingMemory < request.memory { return .memory }
        if !portsFree(request.ports, cluster: c, instance: i) { return .ports }
        if request.needsENI && slot.freeENIs <= 0 { return .enis }
        if let eligible = request.eligible, !eligible[i] { return .memberOf }
        if request.distinctInstance && perInstance[i] > 0 { return .distinctInstance }
        return nil
    }

    /// Why nothing fits: among ACTIVE instances, the one that passes the most filters (first in cluster
    /// order among equals), and the filter it fails.
    func placementFailure(cluster c: Int, _ request: PlacementRequest, perInstance: [Int32]) -> PlacementFailure {
        var closest: (index: Int, passed: Int, shortfall: PlacementFailure.Shortfall)?
        for i in clusterStates[c].slots.indices where clusters[c].instances[i].status == .active {
            // An instance that fits after all (capacity freed meanwhile) counts as failing last.
            let shortfall = self.shortfall(cluster: c, request, perInstance: perInstance, instance: i) ?? .distinctInstance
            if closest == nil || shortfall.rawValue > closest!.passed { closest = (i, shortfall.rawValue, shortfall) }
        }
        guard let closest else { return .noContainerInstances }
        return .closestMatch(instanceID: clusters[c].instances[closest.index].id, closest.shortfall)
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

    // MARK: Filters

    func portsFree(_ ports: [Int], cluster c: Int, instance i: Int) -> Bool {
        guard !ports.isEmpty else { return true }
        let used = clusters[c].instances[i].usedPorts
        return ports.allSatisfy { !used.contains($0) }
    }

    /// Whether instance `i` can take new tasks.
    func isPlaceable(_ instance: ContainerInstance) -> Bool { instance.status == .active && instance.agentConnected }
}
