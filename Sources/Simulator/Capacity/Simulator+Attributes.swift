/// PutAttributes and DeleteAttributes: custom attributes on container instances. Placement reads
/// `ContainerInstance.attributes` directly, so a change bumps `attributesVersion` (cached memberOf
/// matches and spread values are by version) and wakes the services waiting for an instance that fits.
extension Simulator {
    func putAttributes(_ attributes: [InstanceAttribute], inCluster c: Int) throws(ECSError) {
        let targets = try validateAttributeCall(attributes, inCluster: c)
        for attribute in attributes { try InstanceAttribute.validateValue(attribute.value) }
        // The per-instance limit counts what each instance would have once the whole call is applied.
        var namesByInstance: [Int: Set<String>] = [:]
        for (attribute, i) in zip(attributes, targets) {
            namesByInstance[i, default: Set(self[instance: InstanceKey(cluster: c, index: i)].attributes.keys.filter(InstanceAttribute.isCustom))]
                .insert(attribute.name)
        }
        for (i, names) in namesByInstance where names.count > InstanceAttribute.perInstanceLimit {
            throw ECSError(
                "AttributeLimitExceededException",
                "Container instance \(self[instance: InstanceKey(cluster: c, index: i)].id) would have \(names.count) custom attributes; the limit is \(InstanceAttribute.perInstanceLimit).")
        }
        for (attribute, i) in zip(attributes, targets) { self[instance: InstanceKey(cluster: c, index: i)].attributes[attribute.name] = attribute.value }
        attributesChanged(inCluster: c)
    }

    func deleteAttributes(_ attributes: [InstanceAttribute], inCluster c: Int) throws(ECSError) {
        let targets = try validateAttributeCall(attributes, inCluster: c)
        for (attribute, i) in zip(attributes, targets) { self[instance: InstanceKey(cluster: c, index: i)].attributes[attribute.name] = nil }
        attributesChanged(inCluster: c)
    }

    /// Checks the call's size, every name and target; answers each attribute's instance index.
    private func validateAttributeCall(_ attributes: [InstanceAttribute], inCluster c: Int) throws(ECSError) -> [Int] {
        guard (1...InstanceAttribute.perCallLimit).contains(attributes.count) else {
            throw .invalidParameter("attributes must have between 1 and \(InstanceAttribute.perCallLimit) items.")
        }
        var targets: [Int] = []
        for attribute in attributes {
            try InstanceAttribute.validateName(attribute.name)
            targets.append(try attributeTarget(attribute.targetID, inCluster: c))
        }
        return targets
    }

    /// A registered (not INACTIVE) instance of cluster `c` by id or ARN; an ARN must name this cluster.
    private func attributeTarget(_ target: String, inCluster c: Int) throws(ECSError) -> Int {
        let notFound = ECSError("TargetNotFoundException", "Could not find \(target).")  // wording not confirmed
        var id = target
        if target.hasPrefix("arn:") {
            // Another cluster's, region's or account's instance is not this cluster's target.
            guard let resource = ResourceARN(target), case .containerInstance(let cluster, let instanceID) = resource,
                  cluster == clusters[c].cluster.name, resource.arn(in: names) == target
            else { throw notFound }
            id = instanceID
        }
        guard let key = capacity.instance(id: id, inCluster: c), self[instance: key].status != .inactive else { throw notFound }
        return key.index
    }

    private func attributesChanged(inCluster c: Int) {
        clusterStates[c].placementIndex.attributesVersion += 1
        markDaemonServicesDirty(inCluster: c)
        wakeServicesWaitingForCapacity(inCluster: c)
    }
}
