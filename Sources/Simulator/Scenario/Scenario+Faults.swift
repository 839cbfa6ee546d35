extension Scenario {
    /// A fault fired at `at` seconds, and again every `every` seconds when given.
    public struct FaultScheduleEntry: Sendable {
        public var at: Double
        public var every: Double?
        public var fault: ScheduledFault

        public init(at: Double, every: Double? = nil, fault: ScheduledFault) {
            self.at = at
            self.every = every
            self.fault = fault
        }
    }

    /// A fault as a scenario can name it before any task or instance id exists: targets are picked at
    /// random (seeded) when the fault fires. Faults with a `duration` end by themselves.
    public enum ScheduledFault: Sendable {
        /// A RUNNING task of the service crashes (exit 1).
        case crashTask(cluster: String, service: String)
        /// A RUNNING task of the service is OOM-killed (exit 137).
        case outOfMemory(cluster: String, service: String)
        /// An instance is terminated, one of the group's when `autoScalingGroup` is given.
        case terminateInstance(cluster: String, autoScalingGroup: String? = nil)
        /// An instance's agent disconnects for `duration` seconds.
        case disconnectAgent(cluster: String, duration: Double)
        /// The zone is lost for `duration` seconds (nil: until restored by hand).
        case loseAvailabilityZone(cluster: String, zone: String, duration: Double?)
        /// Exactly this fault.
        case exactly(Fault)
    }

    func faultScheduleValidationErrors(clusterNames: Set<String>) -> [String] {
        var errors: [String] = []
        for entry in faultSchedule {
            if entry.at < 0 { errors.append("Fault schedule: 'at' must be 0 or more.") }
            if let every = entry.every, every < 1 { errors.append("Fault schedule: 'every' must be at least 1 second.") }
            let cluster: String? = switch entry.fault {
            case .crashTask(let c, _), .outOfMemory(let c, _), .terminateInstance(let c, _), .disconnectAgent(let c, _),
                 .loseAvailabilityZone(let c, _, _): c
            case .exactly: nil
            }
            if let cluster, !clusterNames.contains(cluster) { errors.append("Fault schedule: unknown cluster \(cluster).") }
        }
        return errors
    }
}
