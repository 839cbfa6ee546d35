/// The strategies' score over feasible instances, compared against the best instance so far; lower is
/// better. A protocol rather than a closure so that each scoring is specialized into the placement loop.
protocol PlacementScoring {
    /// Instance `i` against the best so far: negative when better, 0 when equal, positive when worse.
    mutating func compare(_ i: Int, _ slot: PlacementSlot) -> Int
    /// Instance `i`, just compared as better, becomes the best so far.
    mutating func adopt(_ i: Int, _ slot: PlacementSlot)
}
