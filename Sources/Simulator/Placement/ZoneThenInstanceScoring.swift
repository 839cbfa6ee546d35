/// ECS's default service strategies (spread over zones, then over instances) with both levels compared
/// inline: most placements are these, and at 5,000 instances `StrategyScoring`'s per-level dispatch
/// doubles the cost. It must score exactly as `StrategyScoring` over `keys` does (a property test pins it).
struct ZoneThenInstanceScoring: PlacementScoring {
    static let keys: [ScoreKey] = [.zoneSpread, .instanceSpread]

    let perInstance: UnsafeBufferPointer<Int32>
    let perZone: UnsafeBufferPointer<Int>
    private var bestZoneCount = Int.max
    private var bestInstanceCount = Int32.max

    init(perInstance: UnsafeBufferPointer<Int32>, perZone: UnsafeBufferPointer<Int>) {
        self.perInstance = perInstance
        self.perZone = perZone
    }

    @inline(__always)
    mutating func compare(_ i: Int, _ slot: PlacementSlot) -> Int {
        let zoneCount = perZone[Int(slot.zone)]
        if zoneCount != bestZoneCount { return zoneCount < bestZoneCount ? -1 : 1 }
        let instanceCount = perInstance[i]
        if instanceCount != bestInstanceCount { return instanceCount < bestInstanceCount ? -1 : 1 }
        return 0
    }

    @inline(__always)
    mutating func adopt(_ i: Int, _ slot: PlacementSlot) {
        bestZoneCount = perZone[Int(slot.zone)]
        bestInstanceCount = perInstance[i]
    }
}
