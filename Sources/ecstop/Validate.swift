import ArgumentParser
import ScenarioFile

/// `ecstop validate FILE`: checks a scenario file without running it.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a scenario file: a summary when it is valid, every problem (exit 1) when not."
    )

    @Argument(help: "The scenario file (YAML or JSON).")
    var file: String

    func run() throws {
        switch loadScenarioFile(file) {
        case .success(let loaded):
            print(loaded.summaryLines.joined(separator: "\n"))
        case .failure(let report):
            exitReporting(report)
        }
    }
}
