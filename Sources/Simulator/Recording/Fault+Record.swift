import Foundation

extension Fault {
    /// `{"crashTask":{"cluster":"prod","task":"3f9a…"}}`: the case's name, then its labelled values.
    enum Record: Codable {
        case crashTask(cluster: String, task: String)
        case outOfMemory(cluster: String, task: String)
        /// `duration` in exact seconds; absent: until cleared.
        case failHealthChecks(cluster: String, service: String, duration: Decimal?)
        case terminateInstance(cluster: String, instance: String)
        case disconnectAgent(cluster: String, instance: String)
        case reconnectAgent(cluster: String, instance: String)
        case loseAvailabilityZone(cluster: String, zone: String)
        case restoreAvailabilityZone(cluster: String, zone: String)

        /// The cases' names, to tell an unknown fault from a malformed one.
        static let names: Set<String> = [
            "crashTask", "outOfMemory", "failHealthChecks", "terminateInstance", "disconnectAgent", "reconnectAgent",
            "loseAvailabilityZone", "restoreAvailabilityZone",
        ]

        init(_ fault: Fault) {
            switch fault {
            case .crashTask(let cluster, let task): self = .crashTask(cluster: cluster, task: task)
            case .outOfMemory(let cluster, let task): self = .outOfMemory(cluster: cluster, task: task)
            case .failHealthChecks(let cluster, let service, let duration):
                self = .failHealthChecks(cluster: cluster, service: service, duration: duration?.recordedSeconds)
            case .terminateInstance(let cluster, let instance): self = .terminateInstance(cluster: cluster, instance: instance)
            case .disconnectAgent(let cluster, let instance): self = .disconnectAgent(cluster: cluster, instance: instance)
            case .reconnectAgent(let cluster, let instance): self = .reconnectAgent(cluster: cluster, instance: instance)
            case .loseAvailabilityZone(let cluster, let zone): self = .loseAvailabilityZone(cluster: cluster, zone: zone)
            case .restoreAvailabilityZone(let cluster, let zone): self = .restoreAvailabilityZone(cluster: cluster, zone: zone)
            }
        }

        /// The fault; nil when a duration is negative or unreadable.
        var value: Fault? {
            switch self {
            case .crashTask(let cluster, let task): return .crashTask(cluster: cluster, task: task)
            case .outOfMemory(let cluster, let task): return .outOfMemory(cluster: cluster, task: task)
            case .failHealthChecks(let cluster, let service, let seconds):
                guard let seconds else { return .failHealthChecks(cluster: cluster, service: service, duration: nil) }
                guard let duration = Duration(recordedSeconds: seconds) else { return nil }
                return .failHealthChecks(cluster: cluster, service: service, duration: duration)
            case .terminateInstance(let cluster, let instance): return .terminateInstance(cluster: cluster, instance: instance)
            case .disconnectAgent(let cluster, let instance): return .disconnectAgent(cluster: cluster, instance: instance)
            case .reconnectAgent(let cluster, let instance): return .reconnectAgent(cluster: cluster, instance: instance)
            case .loseAvailabilityZone(let cluster, let zone): return .loseAvailabilityZone(cluster: cluster, zone: zone)
            case .restoreAvailabilityZone(let cluster, let zone): return .restoreAvailabilityZone(cluster: cluster, zone: zone)
            }
        }
    }
}
