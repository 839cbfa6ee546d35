/// A service by position: cluster index and service index within that cluster.
struct ServiceKey: Hashable, Comparable {
    var cluster: Int
    var service: Int

    static func < (lhs: ServiceKey, rhs: ServiceKey) -> Bool {
        (lhs.cluster, lhs.service) < (rhs.cluster, rhs.service)
    }
}
