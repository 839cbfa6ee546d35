import Foundation
import ScenarioFile
import Simulator
import Testing
import Yams

/// Mutated example files: the loader must never crash or hang, every problem must say where it is,
/// and whatever it accepts must run (the simulator traps on a scenario its own check refuses).
@Suite(.timeLimit(.minutes(5)))
struct LoaderFuzzTests {
    static let mutations = 2_000

    @Test func mutatedExamplesLoadOrReportWhere() throws {
        var random = SeededGenerator(seed: 20_261_201)
        let examples = try RepositoryFiles.examples.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
        #expect(examples.count >= 2)
        var accepted = 0
        var slowest = 0.0
        for round in 0..<Self.mutations {
            let (path, original) = examples[round % examples.count]
            let text = FileMutation.mutate(original, using: &random)
            let started = Date()
            let result = ScenarioFile.load(
                text: text, file: "mutation-\(round).yaml", folder: (path as NSString).deletingLastPathComponent)
            slowest = max(slowest, Date().timeIntervalSince(started))
            switch result {
            case .success(let loaded):
                accepted += 1
                // Must not trap: Simulator.init checks validationErrors() with a precondition.
                let simulator = Simulator(scenario: loaded.scenario, seed: UInt64(round), chaos: .high)
                simulator.advance(by: .seconds(20))
            case .failure(let report):
                #expect(!report.problems.isEmpty, "round \(round): a failure without problems")
                for problem in report.problems {
                    #expect(problem.line >= 1 && problem.column >= 1 && !problem.file.isEmpty && !problem.message.isEmpty,
                            "round \(round): \(problem)")
                }
            }
        }
        // Some mutations keep the file valid (a duplicated list element, a changed comment): both paths run.
        #expect(accepted > 20 && accepted < Self.mutations - 200, "accepted \(accepted) of \(Self.mutations)")
        #expect(slowest < 2, "slowest load: \(slowest) s")
        print("fuzz: accepted \(accepted) of \(Self.mutations), slowest load \(slowest) s")
    }
}

/// Random edits of a scenario's text: to its bytes, and to its YAML nodes (serialized back).
enum FileMutation {
    static func mutate(_ text: String, using random: inout SeededGenerator) -> String {
        if Bool.random(using: &random), let mutated = mutateNodes(text, using: &random) { return mutated }
        return mutateBytes(text, using: &random)
    }

    private static let fragments = [
        ":", "-", "[", "]", "{", "}", "\"", "'", "\n", " ", "  ", "#", "0", "-1", "99999999999999999999", "1e308",
        ".inf", "null", "~", "&a", "*a", "!!int", "\t", "é", ",", "?", "|", ">",
    ]

    static func mutateBytes(_ text: String, using random: inout SeededGenerator) -> String {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return text }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        let length = min(bytes.count - at, Int.random(in: 1...40, using: &random))
        switch Int.random(in: 0..<5, using: &random) {
        case 0: bytes.removeSubrange(at..<(at + length))
        case 1: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
        case 2: bytes.removeSubrange(at...)
        case 3: bytes.insert(contentsOf: Array(fragments.randomElement(using: &random)!.utf8), at: at)
        default: bytes[at] = UInt8.random(in: 0...255, using: &random)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Deletes, duplicates or retypes one node.
    static func mutateNodes(_ text: String, using random: inout SeededGenerator) -> String? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var count = 0
        countNodes(root, &count)
        let target = Int.random(in: 0..<max(count, 1), using: &random)
        let operation = Int.random(in: 0..<3, using: &random)
        let replacement = retyped(using: &random)
        var index = 0
        let mutated = edit(root, target: target, index: &index, operation: operation, replacement: replacement)
        return try? Yams.serialize(node: mutated)
    }

    private static func retyped(using random: inout SeededGenerator) -> Node {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: Node.mapping(Node.Mapping([]))
        case 1: Node.sequence(Node.Sequence([]))
        case 2: Node("-1")
        case 3: Node("99999999999")
        case 4: Node("")
        case 5: Node("1e308")
        case 6: Node.sequence(Node.Sequence([Node("x"), Node("0")]))
        default: Node("four")
        }
    }

    private static func countNodes(_ node: Node, _ count: inout Int) {
        count += 1
        switch node {
        case .mapping(let mapping): for (_, value) in mapping { countNodes(value, &count) }
        case .sequence(let sequence): for element in sequence { countNodes(element, &count) }
        default: break
        }
    }

    /// The tree with node number `target` (pre-order) deleted (0), duplicated (1) or replaced (2).
    private static func edit(_ node: Node, target: Int, index: inout Int, operation: Int, replacement: Node) -> Node {
        let mine = index
        index += 1
        if mine == target, operation == 2 { return replacement }
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                let position = index
                let edited = edit(value, target: target, index: &index, operation: operation, replacement: replacement)
                if position == target, operation == 0 { continue }
                pairs.append((key, edited))
            }
            return .mapping(Node.Mapping(pairs))
        case .sequence(let sequence):
            var elements: [Node] = []
            for element in sequence {
                let position = index
                let edited = edit(element, target: target, index: &index, operation: operation, replacement: replacement)
                if position == target, operation == 0 { continue }
                elements.append(edited)
                if position == target, operation == 1 { elements.append(edited) }
            }
            return .sequence(Node.Sequence(elements))
        default:
            return node
        }
    }
}
