/// Any list of strategies, as a lexicographic score of `ScoreKey` levels. Compares level by level and
/// stops at the first that differs, so an instance that already loses costs one level.
struct StrategyScoring: PlacementScoring {
    let keys: UnsafeBufferPointer<ScoreKey>
    let spreads: [PlacementRequest.AttributeSpread]
    let perInstance: UnsafeBufferPointer<Int32>
    let perZone: UnsafeBufferPointer<Int>
    /// The best instance's value at each level (`Int.max` before the first).
    let best: UnsafeMutableBufferPointer<Int>
    /// The level at which the last comparison differed: the levels before it are already the best's.
    private var level = 0

    /// Runs `body` with the scoring of `request`'s strategies.
    static func with<Result>(
        _ request: PlacementRequest, perInstance: UnsafeBufferPointer<Int32>, perZone: UnsafeBufferPointer<Int>,
        _ body: (inout StrategyScoring) -> Result
    ) -> Result {
        request.keys.withUnsafeBufferPointer { keys in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, keys.count)) { best in
                best.initialize(repeating: .max)
                var scoring = StrategyScoring(
                    keys: keys, spreads: request.attributeSpreads, perInstance: perInstance, perZone: perZone,
                    best: best)
                return body(&scoring)
            }
        }
    }

    private init(
        keys: UnsafeBufferPointer<ScoreKey>, spreads: [PlacementRequest.AttributeSpread],
        perInstance: UnsafeBufferPointer<Int32>, perZone: UnsafeBufferPointer<Int>, best: UnsafeMutableBufferPointer<Int>
    ) {
        self.keys = keys
        self.spreads = spreads
        self.perInstance = perInstance
        self.perZone = perZone
        self.best = best
    }

    @inline(__always)
    private func score(_ key: ScoreKey, _ i: Int, _ slot: PlacementSlot) -> Int {
        switch key {
        case .zoneSpread: perZone[Int(slot.zone)]
        case .instanceSpread: Int(perInstance[i])
        case .attributeSpread(let k): spreads[k].tasksPerValue[Int(spreads[k].valueOfInstance[i])]
        case .binpackCPU: Int(slot.remainingCPU)
        case .binpackMemory: Int(slot.remainingMemory)
        }
    }

    mutating func compare(_ i: Int, _ slot: PlacementSlot) -> Int {
        level = 0
        while level < keys.count {
            let value = score(keys[level], i, slot)
            if value != best[level] { return value < best[level] ? -1 : 1 }
            level += 1
        }
        return 0
    }

    mutating func adopt(_ i: Int, _ slot: PlacementSlot) {
        for k in level..<keys.count { best[k] = score(keys[k], i, slot) }
    }
}
