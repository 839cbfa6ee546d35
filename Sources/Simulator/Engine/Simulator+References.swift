/// The names, ids and ARNs that commands give, resolved the one way `ResourceNames.localID` does: an ARN
/// of another account, region, resource type or cluster names nothing here.
extension Simulator {
    /// The ACTIVE cluster `reference` (a name or ARN) names.
    func clusterIndex(referencedBy reference: String) -> Int? {
        names.localID(reference, .cluster).flatMap { clusterIndexByName[$0] }
    }

    /// The name or id a service, task or container instance `reference` gives in cluster `c`; nil when
    /// it names nothing there.
    func localID(_ reference: String, _ kind: ResourceNames.Kind, inCluster c: Int) -> String? {
        names.localID(reference, kind, cluster: clusters[c].cluster.name)
    }
}

/// Services by key, so that the two arrays' layout (clusters, then services within each) is read here.
extension Simulator {
    /// The service `key` names, read and written in place in the snapshot.
    subscript(service key: ServiceKey) -> ServiceSnapshot {
        get { clusters[key.cluster].services[key.service] }
        _modify { yield &clusters[key.cluster].services[key.service] }
    }

    /// The engine's counters for service `key`.
    subscript(state key: ServiceKey) -> ServiceState {
        clusterStates[key.cluster].services[key.service]
    }
}
