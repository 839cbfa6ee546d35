/// Where a new task goes: feasibility filters (ACTIVE and connected, CPU, memory, static ports), then the
/// service's default strategy (spread over zones, then instances) or RunTask's random pick.
extension Simulator {
    /// ECS's default service placement: the zone with the fewest tasks of this service, then the instance
    /// with the fewest; ties broken at random. One pass over the cluster's compact slots.
    func spreadPlacement(for key: ServiceKey) -> Int? {
        let clusterState = clusterStates[key.cluster]
        let state = clusterState.services[key.service]
        let cpu = Int32(state.required.cpu)
        let memory = Int32(state.required.memory)
        let ports = state.staticHostPorts
        let perZone = state.tasksPerZone
        var best = -1
        var bestZoneCount = Int.max
        var bestInstanceCount = Int32.max
        var ties = 0
        clusterState.slots.withUnsafeBufferPointer { slots in
            state.tasksPerInstance.withUnsafeBufferPointer { perInstance in
                for i in 0..<slots.count {
                    let slot = slots[i]
                    guard slot.placeable, slot.remainingCPU >= cpu, slot.remainingMemory >= memory else { continue }
                    let zoneCount = perZone[Int(slot.zone)]
                    let instanceCount = perInstance[i]
                    if zoneCount > bestZoneCount || (zoneCount == bestZoneCount && instanceCount > bestInstanceCount) {
                        continue
                    }
                    if !ports.isEmpty && !portsFree(ports, cluster: key.cluster, instance: i) { continue }
                    if zoneCount < bestZoneCount || instanceCount < bestInstanceCount {
                        best = i
                        bestZoneCount = zoneCount
                        bestInstanceCount = instanceCount
                        ties = 1
                    } else {
                        // Reservoir sampling: each tied instance ends up chosen with equal probability.
                        ties += 1
                        if generator.index(below: ties) == 0 { best = i }
                    }
                }
            }
        }
        return best >= 0 ? best : nil
    }

    /// RunTask's default: any feasible instance, uniformly at random.
    func randomPlacement(cluster c: Int, required: Resources, ports: [Int]) -> Int? {
        let slots = clusterStates[c].slots
        var chosen = -1
        var feasible = 0
        for i in slots.indices where fits(slots[i], required) {
            if !ports.isEmpty && !portsFree(ports, cluster: c, instance: i) { continue }
            feasible += 1
            if generator.index(below: feasible) == 0 { chosen = i }
        }
        return chosen >= 0 ? chosen : nil
    }

    /// Why nothing fits: the instance that gets furthest through the filters (CPU, then memory, then ports),
    /// first in cluster order among equals.
    func placementFailure(cluster c: Int, required: Resources, ports: [Int]) -> PlacementFailure {
        let slots = clusterStates[c].slots
        var closest: (index: Int, passed: Int)?
        for i in slots.indices where slots[i].placeable {
            let slot = slots[i]
            let passed = slot.remainingCPU < required.cpu ? 0
                : slot.remainingMemory < required.memory ? 1
                : portsFree(ports, cluster: c, instance: i) ? 3 : 2
            if closest == nil || passed > closest!.passed { closest = (i, passed) }
        }
        guard let closest else { return .noContainerInstances }
        let shortfall: PlacementFailure.Shortfall = switch closest.passed {
        case 0: .cpu
        case 1: .memory
        default: .ports
        }
        return .closestMatch(instanceID: clusters[c].instances[closest.index].id, shortfall)
    }

    private func fits(_ slot: PlacementSlot, _ required: Resources) -> Bool {
        slot.placeable && Int(slot.remainingCPU) >= required.cpu && Int(slot.remainingMemory) >= required.memory
    }

    func portsFree(_ ports: [Int], cluster c: Int, instance i: Int) -> Bool {
        let used = clusters[c].instances[i].usedPorts
        return ports.allSatisfy { !used.contains($0) }
    }

    /// Whether instance `i` can take new tasks.
    func isPlaceable(_ instance: ContainerInstance) -> Bool { instance.status == .active && instance.agentConnected }
}
