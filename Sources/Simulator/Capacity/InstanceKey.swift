/// A container instance by position: cluster index and index within that cluster's instances. Like
/// `ServiceKey`, it is a position, so it is read where it is used and not kept across an INACTIVE
/// instance's expiry, which shifts the instances after it.
struct InstanceKey: Hashable, Comparable {
    var cluster: Int
    var index: Int

    static func < (lhs: InstanceKey, rhs: InstanceKey) -> Bool {
        (lhs.cluster, lhs.index) < (rhs.cluster, rhs.index)
    }
}
