import ECSModel

/// One placement over one cluster, as a pipeline: the feasibility filters (`PlacementFilter`), then the
/// strategies' score (`PlacementScoring`), then a seeded pick among the best. The same filters explain
/// why nothing fits. Reads the cluster through buffer pointers: a placement visits every instance, and
/// at thousands of instances the per-element checks of arrays double its cost.
struct PlacementCandidates {
    let request: PlacementRequest
    /// Compact per-instance data, by instance index.
    let slots: UnsafeBufferPointer<PlacementSlot>
    /// Tasks of the group on each instance.
    let perInstance: UnsafeBufferPointer<Int32>
    /// `request.eligible`, empty when the request has no memberOf constraint.
    let eligible: UnsafeBufferPointer<Bool>
    /// The instances themselves, read only by the costly filters.
    let instances: ChunkedArray<ContainerInstance>

    /// Instances considered: those with a slot and a task count.
    var count: Int { min(slots.count, perInstance.count) }

    /// Runs `body` with the candidates of `request` among `slots` (and `instances`, by the same index).
    static func with<Result>(
        _ request: PlacementRequest, slots: [PlacementSlot], perInstance: [Int32],
        instances: ChunkedArray<ContainerInstance>, _ body: (PlacementCandidates) -> Result
    ) -> Result {
        slots.withUnsafeBufferPointer { slots in
            perInstance.withUnsafeBufferPointer { perInstance in
                (request.eligible ?? []).withUnsafeBufferPointer { eligible in
                    body(PlacementCandidates(
                        request: request, slots: slots, perInstance: perInstance, eligible: eligible,
                        instances: instances))
                }
            }
        }
    }

    // MARK: Filters

    /// Whether instance `i` passes `filter` for this request.
    @inline(__always)
    func admits(_ i: Int, by filter: PlacementFilter) -> Bool {
        switch filter {
        case .agent: return slots[i].placeable
        case .cpu: return slots[i].remainingCPU >= request.cpu
        case .memory: return slots[i].remainingMemory >= request.memory
        case .ports:
            guard !request.ports.isEmpty else { return true }
            let used = instances[i].usedPorts
            return request.ports.allSatisfy { !used.contains($0) }
        case .enis: return !request.needsENI || slots[i].freeENIs > 0
        case .memberOf: return eligible.isEmpty || eligible[i]
        case .distinctInstance: return !request.distinctInstance || perInstance[i] == 0
        }
    }

    /// The filters that read only the compact slot, which most instances that fit nowhere fail.
    @inline(__always)
    private func admitsBySlot(_ i: Int) -> Bool {
        admits(i, by: .agent) && admits(i, by: .cpu) && admits(i, by: .memory)
    }

    /// The remaining filters, for an instance that could still win on score (most lose there first).
    @inline(__always)
    private func admitsOtherwise(_ i: Int) -> Bool {
        admits(i, by: .enis) && admits(i, by: .memberOf) && admits(i, by: .distinctInstance) && admits(i, by: .ports)
    }

    /// The first filter instance `i` fails, in ECS's order; nil when it fits.
    func firstRejection(of i: Int) -> PlacementFilter? {
        PlacementFilter.allCases.first { !admits(i, by: $0) }
    }

    // MARK: Choosing

    /// The best feasible instance by `scoring`; equals are broken at random (reservoir sampling, so each
    /// tied instance is equally likely). nil when nothing fits. Every filter of the table is applied;
    /// the order (the slot's filters, the score, the others) only saves work: the filters are spelled
    /// out rather than walked, since at thousands of instances a loop over them costs four times the
    /// checks themselves. A filter left out would let placement choose where it does not fit, which
    /// the property tests catch.
    func choose<Scoring: PlacementScoring>(by scoring: inout Scoring, using generator: inout SeededGenerator) -> Int? {
        var best = -1
        var ties = 0
        for i in 0..<count {
            guard admitsBySlot(i) else { continue }
            let order = scoring.compare(i, slots[i])
            if order > 0 { continue }
            guard admitsOtherwise(i) else { continue }
            if order < 0 {
                best = i
                ties = 1
                scoring.adopt(i, slots[i])
            } else {
                ties += 1
                if generator.index(below: ties) == 0 { best = i }
            }
        }
        return best >= 0 ? best : nil
    }

    // MARK: Explaining

    /// Why nothing fits: among ACTIVE instances, the one that passes the most filters (first in cluster
    /// order among equals), and the filter it fails.
    func failure() -> PlacementFailure {
        var closest: (index: Int, filter: PlacementFilter)?
        for i in 0..<count where instances[i].status == .active {
            // An instance that fits after all (capacity freed meanwhile) counts as failing last.
            let filter = firstRejection(of: i) ?? .distinctInstance
            if closest == nil || filter.rawValue > closest!.filter.rawValue { closest = (i, filter) }
        }
        guard let closest else { return .noContainerInstances }
        return .closestMatch(instanceID: instances[closest.index].id, closest.filter)
    }
}
