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
            var budget = Self.nodeLimit
            guard Self.fits(root, within: &budget) else {
                report("the file expands to more than \(Self.nodeLimit) values (aliases of aliases?)", file: file, line: 1, column: 1, path: "")
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

    /// Aliases share nodes, so a small file can stand for an exponentially large tree; decoding walks
    /// the tree, so it is refused above this size (far beyond any real setup).
    static let nodeLimit = 1_000_000

    /// Whether the tree has at most `budget` nodes; stops counting as soon as it has more.
    private static func fits(_ node: Node, within budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping where !fits(key, within: &budget) || !fits(value, within: &budget) { return false }
        case .sequence(let sequence):
            for element in sequence where !fits(element, within: &budget) { return false }
        case .scalar, .alias:
            break
        }
        return true
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
