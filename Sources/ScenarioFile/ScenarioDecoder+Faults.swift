import ECSModel
import Simulator

extension ScenarioDecoder {
    private static let faultKinds = ["crashTask", "outOfMemory", "terminateInstance", "disconnectAgent", "loseAvailabilityZone"]

    /// `{ at: 5m, every: 30m, crashTask: { cluster: prod, service: web } }`: one kind of fault an entry,
    /// its targets checked against the clusters above.
    func decodeFault(_ node: ScenarioNode, catalog: ScenarioCatalog) -> Scenario.FaultScheduleEntry? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let at = required(m, "at").flatMap { duration($0) }
            let every = m.take("every").flatMap { duration($0, minimum: 1) }
            let kinds = Self.faultKinds.filter(m.has)
            guard kinds.count == 1, let kind = kinds.first, let body = m.take(kind) else {
                report(
                    kinds.isEmpty ? "missing the fault: one of \(Self.faultKinds.joined(separator: ", "))"
                        : "expected one kind of fault an entry, found \(kinds.joined(separator: " and "))", at: node)
                return nil
            }
            finish(m)
            guard let f = mapping(body), let at else { return nil }
            defer { finish(f) }
            guard let (cluster, names) = faultCluster(f, catalog: catalog) else { return nil }
            let fault: Scenario.ScheduledFault?
            switch kind {
            case "crashTask", "outOfMemory":
                guard let service = required(f, "service").flatMap({ faultTarget($0, in: names.services, "service") }) else { return nil }
                fault = kind == "crashTask" ? .crashTask(cluster: cluster, service: service) : .outOfMemory(cluster: cluster, service: service)
            case "terminateInstance":
                let group = f.take("autoScalingGroup").map { faultTarget($0, in: names.autoScalingGroups, "Auto Scaling group") }
                if case .some(.none) = group { return nil }
                fault = .terminateInstance(cluster: cluster, autoScalingGroup: group ?? nil)
            case "disconnectAgent":
                fault = required(f, "duration").flatMap { duration($0, minimum: 1) }.map { .disconnectAgent(cluster: cluster, duration: $0) }
            default:
                let zone = required(f, "zone").flatMap { faultTarget($0, in: names.zones, "availability zone") }
                let length = f.take("duration").flatMap { duration($0, minimum: 1) }
                fault = zone.map { .loseAvailabilityZone(cluster: cluster, zone: $0, duration: length) }
            }
            return fault.map { Scenario.FaultScheduleEntry(at: at, every: every, fault: $0) }
        }
    }

    private func faultCluster(
        _ f: ScenarioMapping, catalog: ScenarioCatalog
    ) -> (String, ScenarioCatalog.ClusterNames)? {
        guard let node = required(f, "cluster"), let cluster = name(node) else { return nil }
        guard let names = catalog.clusters[cluster] else {
            report("unknown cluster \(cluster) (the file defines \(Self.list(Set(catalog.clusters.keys))))", at: node)
            return nil
        }
        return (cluster, names)
    }

    private func faultTarget(_ node: ScenarioNode, in known: Set<String>, _ noun: String) -> String? {
        guard let target = name(node) else { return nil }
        guard known.contains(target) else {
            report("unknown \(noun) \(target) in the cluster (known: \(Self.list(known)))", at: node)
            return nil
        }
        return target
    }
}
