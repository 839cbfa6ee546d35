/// Why a scenario file cannot run: every problem found, in file order.
public struct ScenarioReport: Error, Sendable, CustomStringConvertible {
    public var problems: [ScenarioProblem]

    public init(problems: [ScenarioProblem]) {
        self.problems = problems
    }

    /// One problem a line, as `ecstop validate` prints them.
    public var lines: [String] { problems.map(\.description) }

    public var description: String { lines.joined(separator: "\n") }
}
