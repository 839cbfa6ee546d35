/// Deleted services' part of the full consistency check: scaled to 0, INACTIVE exactly when nothing of
/// theirs is left to stop, and each name indexing its newest service. O(all services' tasks): for tests.
extension Simulator {
    func deletedServiceViolations() -> [String] {
        var problems: [String] = []
        for (c, snapshot) in clusters.enumerated() {
            for (s, serviceSnapshot) in snapshot.services.enumerated() {
                let service = serviceSnapshot.service
                let label = "\(snapshot.cluster.name)/\(service.name)"
                if snapshot.services.lastIndex(where: { $0.service.name == service.name }) == s,
                   clusterStates[c].serviceIndexByName[service.name] != s {
                    problems.append("\(label): the name does not index its newest service")
                }
                guard service.status != ServiceStatus.active else { continue }
                if service.desiredCount != 0 { problems.append("\(label): \(service.status) with desiredCount \(service.desiredCount)") }
                let unstopped = serviceSnapshot.tasks.count(where: { $0.lastStatus != .stopped })
                let meantToRun = serviceSnapshot.tasks.count(where: { $0.desiredStatus == .running })
                if meantToRun > 0 { problems.append("\(label): \(service.status) with \(meantToRun) tasks meant to run") }
                if (service.status == ServiceStatus.inactive) != (unstopped == 0) {
                    problems.append("\(label): \(service.status) with \(unstopped) tasks not yet STOPPED")
                }
            }
        }
        return problems
    }
}
