import Foundation
import Testing
@testable import Simulator

/// The placement pipeline on many random clusters, requests and strategies: the default-strategy path
/// picks exactly what the generic path picks, the generic path picks a best feasible instance, and the
/// explanation names the filter that rejects each instance. The expectations recompute feasibility and
/// score from the raw cluster, independently of `PlacementFilter`.
@Suite struct PlacementPipelineTests {
    /// A cluster as placement sees it, with one request to place.
    private struct RandomCluster {
        var slots: [PlacementSlot] = []
        var perInstance: [Int32] = []
        var perZone: [Int] = []
        var instances: [ContainerInstance] = []
        var request: PlacementRequest

        init(_ g: inout SeededGenerator) {
            let zoneCount = 1 + g.index(below: 4)
            let instanceCount = 1 + g.index(below: 40)
            perZone = Array(repeating: 0, count: zoneCount)
            let otherPorts = [80, 443, 8080]
            for i in 0..<instanceCount {
                let status: ContainerInstanceStatus = g.chance(0.85) ? .active : .draining
                let connected = g.chance(0.9)
                var used = ContainerInstance.agentReservedPorts
                for port in otherPorts where g.chance(0.2) { used.insert(port) }
                instances.append(ContainerInstance(
                    id: "instance-\(i)", arn: "arn-\(i)", ec2InstanceID: "i-\(i)", instanceType: "m5.large",
                    availabilityZone: "zone-\(i % zoneCount)", status: status, agentConnected: connected,
                    registeredResources: Resources(cpu: 2048, memory: 8192), usedPorts: used, registeredAt: Simulator.epoch))
                // Coarse values, so that scores tie often and the seeded pick among equals is exercised.
                let zone = g.index(below: zoneCount)
                slots.append(PlacementSlot(
                    remainingCPU: Int32(256 * g.index(below: 5)), remainingMemory: Int32(512 * g.index(below: 5)),
                    placeable: status == .active && connected, zone: UInt8(zone), freeENIs: Int16(g.index(below: 3))))
                let tasks = Int32(g.index(below: 4))
                perInstance.append(tasks)
                perZone[zone] += Int(tasks)
            }
            let eligible: [Bool]? = g.chance(0.3) ? (0..<instanceCount).map { _ in g.chance(0.7) } : nil
            let values = (0..<instanceCount).map { _ in UInt16(g.index(below: 3)) }
            var tasksPerValue = [0, 0, 0]
            for (i, value) in values.enumerated() { tasksPerValue[Int(value)] += Int(perInstance[i]) }
            let levels: [ScoreKey] = [.zoneSpread, .instanceSpread, .binpackCPU, .binpackMemory, .attributeSpread(0)]
            request = PlacementRequest(
                cpu: Int32([128, 256, 512][g.index(below: 3)]), memory: Int32([256, 512, 1024][g.index(below: 3)]),
                ports: g.chance(0.3) ? [[80], [8080], [80, 443]][g.index(below: 3)] : [],
                needsENI: g.chance(0.3), eligible: eligible, distinctInstance: g.chance(0.2),
                keys: (0..<g.index(below: 4)).map { _ in levels[g.index(below: levels.count)] },
                attributeSpreads: [.init(valueOfInstance: values, tasksPerValue: tasksPerValue)])
        }

        /// The first filter, in ECS's order, that instance `i` fails; nil when it fits.
        func expectedRejection(of i: Int) -> PlacementFilter? {
            let slot = slots[i]
            if !(instances[i].status == .active && instances[i].agentConnected) { return .agent }
            if slot.remainingCPU < request.cpu { return .cpu }
            if slot.remainingMemory < request.memory { return .memory }
            if request.ports.contains(where: instances[i].usedPorts.contains) { return .ports }
            if request.needsENI && slot.freeENIs == 0 { return .enis }
            if let eligible = request.eligible, !eligible[i] { return .memberOf }
            if request.distinctInstance && perInstance[i] > 0 { return .distinctInstance }
            return nil
        }

        func expectedScore(of i: Int) -> [Int] {
            request.keys.map { key in
                switch key {
                case .zoneSpread: perZone[Int(slots[i].zone)]
                case .instanceSpread: Int(perInstance[i])
                case .attributeSpread(let k):
                    request.attributeSpreads[k].tasksPerValue[Int(request.attributeSpreads[k].valueOfInstance[i])]
                case .binpackCPU: Int(slots[i].remainingCPU)
                case .binpackMemory: Int(slots[i].remainingMemory)
                }
            }
        }

        func withCandidates<Result>(_ body: (PlacementCandidates, UnsafeBufferPointer<Int>) -> Result) -> Result {
            PlacementCandidates.with(
                request, slots: slots, perInstance: perInstance, instances: ChunkedArray(instances)
            ) { candidates in
                perZone.withUnsafeBufferPointer { body(candidates, $0) }
            }
        }

        func chooseGenerically(using generator: inout SeededGenerator) -> Int? {
            withCandidates { candidates, perZone in
                StrategyScoring.with(request, perInstance: candidates.perInstance, perZone: perZone) { scoring in
                    candidates.choose(by: &scoring, using: &generator)
                }
            }
        }
    }

    @Test func theDefaultStrategyPathPicksWhatTheGenericPathPicks() {
        var g = SeededGenerator(seed: 2_026)
        var outcomes = (placed: 0, nothingFits: 0)
        for _ in 0..<3_000 {
            var cluster = RandomCluster(&g)
            cluster.request.keys = ZoneThenInstanceScoring.keys
            let seed = g.next()
            var fastGenerator = SeededGenerator(seed: seed)
            var genericGenerator = SeededGenerator(seed: seed)
            let fast = cluster.withCandidates { candidates, perZone in
                var scoring = ZoneThenInstanceScoring(perInstance: candidates.perInstance, perZone: perZone)
                return candidates.choose(by: &scoring, using: &fastGenerator)
            }
            let generic = cluster.chooseGenerically(using: &genericGenerator)
            #expect(fast == generic)
            // The same draws from the generator, so every later id and timing stays the same too.
            #expect(fastGenerator.next() == genericGenerator.next())
            if fast == nil { outcomes.nothingFits += 1 } else { outcomes.placed += 1 }
        }
        #expect(outcomes.placed > 300 && outcomes.nothingFits > 300)
    }

    @Test func theGenericPathPicksABestFeasibleInstance() {
        var g = SeededGenerator(seed: 7)
        var tiesBroken = 0
        for _ in 0..<3_000 {
            let cluster = RandomCluster(&g)
            let feasible = cluster.slots.indices.filter { cluster.expectedRejection(of: $0) == nil }
            var generator = SeededGenerator(seed: g.next())
            let pick = cluster.chooseGenerically(using: &generator)
            guard let pick else {
                #expect(feasible.isEmpty)
                continue
            }
            #expect(feasible.contains(pick))
            let best = feasible.map(cluster.expectedScore).min { $0.lexicographicallyPrecedes($1) }
            #expect(cluster.expectedScore(of: pick) == best)
            if feasible.count(where: { cluster.expectedScore(of: $0) == best }) > 1 { tiesBroken += 1 }
        }
        #expect(tiesBroken > 300)
    }

    @Test func theExplanationNamesTheFilterThatRejectsEachInstance() {
        var g = SeededGenerator(seed: 42)
        var rejectedBy = Set<PlacementFilter>()
        for _ in 0..<3_000 {
            let cluster = RandomCluster(&g)
            cluster.withCandidates { candidates, _ in
                for i in cluster.slots.indices {
                    let expected = cluster.expectedRejection(of: i)
                    #expect(candidates.firstRejection(of: i) == expected)
                    if let expected { rejectedBy.insert(expected) }
                }
                // The closest match: the ACTIVE instance failing latest in the list, first among equals.
                let active = cluster.slots.indices.filter { cluster.instances[$0].status == .active }
                let rank = { (i: Int) in (cluster.expectedRejection(of: i) ?? .distinctInstance).rawValue }
                switch candidates.failure() {
                case .noContainerInstances:
                    #expect(active.isEmpty)
                case .closestMatch(let id, let filter):
                    let closest = active.first { rank($0) == active.map(rank).max() }!
                    #expect(id == cluster.instances[closest].id)
                    #expect(filter == cluster.expectedRejection(of: closest) ?? .distinctInstance)
                }
            }
        }
        #expect(rejectedBy == Set(PlacementFilter.allCases))
    }
}
