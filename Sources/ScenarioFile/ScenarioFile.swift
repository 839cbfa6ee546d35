import Foundation
import Simulator
import Yams

/// Reads scenario files (docs/scenario-format.md): YAML, or JSON, which is YAML too.
///
/// Loading never stops at the first problem. It goes in two passes: first everything the file itself
/// says wrong (syntax, types, ranges, enums, references between its parts, ECS's task definition
/// rules), each at its own line; then, only when that pass is clean, the simulator's own check
/// (`Scenario.validationErrors()`), whose findings are placed at the part they name. So a file that
/// loads can always be given to `Simulator(scenario:seed:)`.
public enum ScenarioFile {
    /// The file at `path`, or every problem with it. `path` is used as given in the report's lines.
    public static func load(path: String) -> Result<LoadedScenario, ScenarioReport> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ScenarioReport(problems: [
                ScenarioProblem(file: path, line: 1, column: 1, path: "", message: "cannot read the file")
            ]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ScenarioReport(problems: [
                ScenarioProblem(file: path, line: 1, column: 1, path: "", message: "not UTF-8 text")
            ]))
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return load(text: text, file: path, folder: (path as NSString).deletingLastPathComponent, defaultName: name)
    }

    /// A scenario from text; `file` names it in problems, `folder` is where its `file:` references live.
    public static func load(
        text: String, file: String, folder: String = ".", defaultName: String = "scenario"
    ) -> Result<LoadedScenario, ScenarioReport> {
        let decoder = ScenarioDecoder(folder: folder)
        guard let root = decoder.compose(text, file: file) else { return .failure(ScenarioReport(problems: decoder.problems)) }
        let loaded = decoder.decodeScenario(ScenarioNode(node: root, path: "", file: file), defaultName: defaultName)
        if let loaded, decoder.problems.isEmpty { return .success(loaded) }
        return .failure(ScenarioReport(problems: decoder.problemsInFileOrder))
    }
}
