/// One level of the strategies' lexicographic score; lower is better. Payload-free but for an index, so
/// reading one in the placement loop costs no reference counting.
enum ScoreKey: Equatable {
    /// Tasks of the group in the instance's zone (spread attribute:ecs.availability-zone).
    case zoneSpread
    /// Tasks of the group on the instance (spread instanceId or host).
    case instanceSpread
    /// Tasks of the group on instances sharing the instance's value of some attribute
    /// (`PlacementRequest.attributeSpreads[index]`).
    case attributeSpread(Int)
    /// Least remaining CPU or memory that still fits (binpack).
    case binpackCPU
    case binpackMemory
}
