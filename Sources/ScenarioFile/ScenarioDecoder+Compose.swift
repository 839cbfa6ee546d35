import Foundation
import Yams

extension ScenarioDecoder {
    /// The document's root node, or nil with the YAML error reported where libyaml stopped.
    func compose(_ text: String, file: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                report("the file is empty: expected a mapping with taskDefinitions and clusters", file: file, line: 1, column: 1, path: "")
                return nil
            }
            return root
        } catch let error as YamlError {
            let (mark, problem) = Self.location(of: error)
            report("not valid YAML: \(problem)", file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: "")
        } catch {
            report("not valid YAML: \(error)", file: file, line: 1, column: 1, path: "")
        }
        return nil
    }

    private static func location(of error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            (mark, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            (context.mark, "keys given twice: \(duplicates.sorted().joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            (nil, problem)
        default:
            (nil, "\(error)")
        }
    }
}
