/// What one placement looks for, resolved from a plan and a task definition.
struct PlacementRequest {
    var cpu: Int32
    var memory: Int32
    /// Static TCP host ports (bridge with fixed ports, every container port in host mode).
    var ports: [Int]
    var needsENI: Bool
    /// Instances that satisfy the memberOf constraints; nil when there are none.
    var eligible: [Bool]?
    var distinctInstance: Bool
    var keys: [ScoreKey]
    /// The data of `attributeSpread` keys, by the key's index.
    var attributeSpreads: [AttributeSpread] = []

    /// Tasks of the group per value of one attribute, and each instance's value.
    struct AttributeSpread {
        var valueOfInstance: [UInt16]
        var tasksPerValue: [Int]
    }
}
