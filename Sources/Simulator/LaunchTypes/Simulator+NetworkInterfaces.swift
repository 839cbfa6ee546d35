/// awsvpc networking: one ENI per task with a private IP from the zone's subnet. On EC2 the ENI is
/// attached to the instance, which allows `eniLimit` of them including its own primary one, so it runs
/// at most `eniLimit - 1` awsvpc tasks (no ENI trunking). `enisInUse` counts the primary one too.
extension Simulator {
    /// Attaches an ENI for a new awsvpc task on `instance`; returns the task's private IP.
    func attachNetworkInterface(on instance: InstanceKey) -> String {
        self[instance: instance].enisInUse += 1
        self[slot: instance].freeENIs -= 1
        return privateAddress(cluster: instance.cluster, zone: Int(self[slot: instance].zone))
    }

    /// Gives back the ENI of a STOPPED awsvpc task on `instance`.
    func detachNetworkInterface(from instance: InstanceKey) {
        self[instance: instance].enisInUse -= 1
        self[slot: instance].freeENIs += 1
    }

    /// The next private address in the zone's subnet, 10.0.<16 × zone + block>.<host>: a /20 per zone,
    /// handed out in order so the same seed gives the same addresses.
    func privateAddress(cluster c: Int, zone: Int) -> String {
        var handed = clusterStates[c].placementIndex.addressesPerZone
        while handed.count <= zone { handed.append(0) }
        let k = handed[zone]
        handed[zone] += 1
        clusterStates[c].placementIndex.addressesPerZone = handed
        return "10.0.\(16 * zone + (k / 254) % 16).\(1 + k % 254)"
    }

    /// Sets an instance's ENI limit from its type, with only the primary ENI in use.
    func configureNetworkInterfaces(of instance: InstanceKey) {
        let limit = InstanceType.named(self[instance: instance].instanceType)?.eniLimit ?? 3
        self[instance: instance].eniLimit = limit
        self[instance: instance].enisInUse = 1
        self[slot: instance].freeENIs = Int16(limit - 1)
    }
}
