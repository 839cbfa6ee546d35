/// awsvpc networking: one ENI per task with a private IP from the zone's subnet. On EC2 the ENI is
/// attached to the instance, which allows `eniLimit` of them including its own primary one, so it runs
/// at most `eniLimit - 1` awsvpc tasks (no ENI trunking). `enisInUse` counts the primary one too.
extension Simulator {
    /// Attaches an ENI for a new awsvpc task on instance `i`; returns the task's private IP.
    func attachNetworkInterface(cluster c: Int, instance i: Int) -> String {
        clusters[c].instances[i].enisInUse += 1
        clusterStates[c].slots[i].freeENIs -= 1
        return privateAddress(cluster: c, zone: Int(clusterStates[c].slots[i].zone))
    }

    /// Gives back the ENI of a STOPPED awsvpc task on instance `i`.
    func detachNetworkInterface(cluster c: Int, instance i: Int) {
        clusters[c].instances[i].enisInUse -= 1
        clusterStates[c].slots[i].freeENIs += 1
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
    func configureNetworkInterfaces(cluster c: Int, instance i: Int) {
        let limit = InstanceType.named(clusters[c].instances[i].instanceType)?.eniLimit ?? 3
        clusters[c].instances[i].eniLimit = limit
        clusters[c].instances[i].enisInUse = 1
        clusterStates[c].slots[i].freeENIs = Int16(limit - 1)
    }
}
