/// Per-cluster bookkeeping for placement beyond `PlacementSlot`: attribute values for spread and
/// constraints, private addresses handed out, service tasks per instance (for daemon draining), the
/// daemon services and the scheduled-task rules.
struct PlacementIndex {
    /// Bumped whenever an instance joins or its attributes change, so cached answers are recomputed.
    var attributesVersion = 0
    var attributeValues: [String: AttributeValues] = [:]
    /// Private IPv4 addresses handed out so far, per zone index (never reused: the simulation is short
    /// next to a /20's worth of addresses).
    var addressesPerZone: [Int] = []
    /// Tasks of REPLICA services here that are not yet STOPPED, per instance. A draining instance stops
    /// its daemon tasks once this reaches zero.
    var replicaTasksOnInstance: [Int32] = []
    /// Service indexes of the cluster's DAEMON services.
    var daemonServices: [Int] = []
    /// Parsed schedules of `ClusterSnapshot.scheduledTasks`, by the same index.
    var schedules: [ScheduleExpression] = []

    /// Each instance's value of one attribute as a small number, for counting per value.
    struct AttributeValues {
        var version: Int
        var valueOfInstance: [UInt16]
        var valueCount: Int
    }
}
