import Simulator

/// One scenario to measure.
public struct BenchmarkCase: Sendable {
    public var name: String
    public var scenario: Scenario

    public init(name: String, scenario: Scenario) {
        self.name = name
        self.scenario = scenario
    }

    /// The three sizes: the default scenario, 500 / 5,000 and 5,000 / 50,000.
    public static let standard = [
        BenchmarkCase(name: "default scenario", scenario: .default),
        BenchmarkCase(name: "500 instances / 5,000 tasks", scenario: .scaled(instances: 500, tasks: 5_000)),
        BenchmarkCase(name: "5,000 instances / 50,000 tasks", scenario: .scaled(instances: 5_000, tasks: 50_000)),
    ]
}
