import Simulator

/// A scenario file that the simulator can run, with the run settings the file suggests.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    /// `name:` from the file, else the file's name without its extension.
    public var name: String
    public var description: String?
    /// Settings from the file; the command line's flags win over them.
    public var seed: UInt64?
    public var speed: Double?
    public var chaos: ChaosLevel?
    /// Fields the simulator does not use, in file order.
    public var ignoredFields: [IgnoredField]

    public init(
        scenario: Scenario, name: String, description: String? = nil, seed: UInt64? = nil, speed: Double? = nil,
        chaos: ChaosLevel? = nil, ignoredFields: [IgnoredField] = []
    ) {
        self.scenario = scenario
        self.name = name
        self.description = description
        self.seed = seed
        self.speed = speed
        self.chaos = chaos
        self.ignoredFields = ignoredFields
    }

    /// What the file sets up, for `ecstop validate`: one count a line, then the ignored fields.
    public var summaryLines: [String] {
        let clusters = scenario.clusters
        let instances = clusters.reduce(0) { $0 + $1.instances.count }
        let groups = clusters.reduce(0) { $0 + $1.autoScalingGroups.count }
        let services = clusters.reduce(0) { $0 + $1.services.count }
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var lines = [
            "scenario \(name): valid",
            "  \(counted(clusters.count, "cluster"))" + (clusters.isEmpty ? "" : " (\(clusters.map(\.name).joined(separator: ", ")))"),
            "  \(counted(instances, "instance"))" + (groups > 0 ? ", \(counted(groups, "Auto Scaling group"))" : ""),
            "  \(counted(services, "service"))",
            "  \(counted(scenario.taskDefinitions.count, "task definition"))",
            "  \(counted(scenario.faultSchedule.count, "fault"))",
            "  \(counted(ignoredFields.count, "ignored field"))",
        ]
        lines += ignoredFields.map { "    \($0): ignored" }
        return lines
    }
}
