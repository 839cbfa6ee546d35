/// The `failHealthChecks` fault: a service's targets answer 503 for a while, as if its application broke.
extension Simulator {
    /// `duration` nil: until a later `failHealthChecks` clears it with a duration of zero.
    func failHealthChecks(cluster: String, service: String, duration: Duration?) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: cluster) else { throw .clusterNotFound() }
        let s = try activeServiceIndex(service, inCluster: c)  // Not while it is being deleted.
        if let duration, duration < .zero { throw .invalidParameter("The fault's duration can not be negative.") }
        let health = self[state: ServiceKey(cluster: c, service: s)].health
        switch duration {
        case nil: health.healthChecksFailUntil = .seconds(Int64.max)
        case .zero?: health.healthChecksFailUntil = nil
        case let duration?: health.healthChecksFailUntil = now + duration
        }
    }
}
