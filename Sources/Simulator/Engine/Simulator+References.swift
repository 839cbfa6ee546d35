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

/// Instances and tasks by key, so that the snapshot's layout (clusters, then instances, services and
/// their tasks within each) is read here.
extension Simulator {
    /// The container instance `key` names, read and written in place in the snapshot.
    subscript(instance key: InstanceKey) -> ContainerInstance {
        get { clusters[key.cluster].instances[key.index] }
        _modify { yield &clusters[key.cluster].instances[key.index] }
    }

    /// Placement's compact copy of instance `key`'s free resources, placeability and zone.
    subscript(slot key: InstanceKey) -> PlacementSlot {
        get { capacity[slot: key] }
        _modify { yield &capacity[slot: key] }
    }

    /// The task `key` names, read and written in place in the snapshot.
    subscript(task key: TaskKey) -> Task {
        get {
            key.isStandalone
                ? clusters[key.cluster].standaloneTasks[key.index]
                : clusters[key.cluster].services[key.service].tasks[key.index]
        }
        _modify {
            if key.isStandalone {
                yield &clusters[key.cluster].standaloneTasks[key.index]
            } else {
                yield &clusters[key.cluster].services[key.service].tasks[key.index]
            }
        }
    }
}

/// Container instances by the names commands give them.
extension Simulator {
    /// The instance a container instance id, ARN or EC2 id names in cluster `c`, INACTIVE ones included.
    func instanceKey(referencedBy reference: String, inCluster c: Int) -> InstanceKey? {
        guard let id = localID(reference, .containerInstance, inCluster: c),
              let key = capacity.instance(id: id, inCluster: c) ?? capacity.instance(ec2InstanceID: id, inCluster: c) else { return nil }
        return key
    }

    /// Every instance of cluster `c`, in list order.
    func instanceKeys(inCluster c: Int) -> [InstanceKey] {
        clusters[c].instances.indices.map { InstanceKey(cluster: c, index: $0) }
    }
}
