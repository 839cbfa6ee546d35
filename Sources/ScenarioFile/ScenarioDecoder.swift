import Foundation
import Yams

/// Turns composed YAML nodes into scenario values, collecting every problem instead of stopping at the
/// first: a value that is wrong is reported and left out, and decoding goes on with its siblings.
final class ScenarioDecoder {
    private(set) var problems: [ScenarioProblem] = []
    private(set) var ignored: [IgnoredField] = []
    /// The scenario file's folder: task definition files are named relative to it.
    let folder: String

    init(folder: String) {
        self.folder = folder
    }

    /// The problems in reading order: by file (the scenario first), then line and column.
    var problemsInFileOrder: [ScenarioProblem] { Self.inFileOrder(problems) { ($0.file, $0.line, $0.column) } }

    var ignoredInFileOrder: [IgnoredField] { Self.inFileOrder(ignored) { ($0.file, $0.line, $0.column) } }

    /// Files in the order they first appear, then line and column; ties keep their order.
    private static func inFileOrder<T>(_ items: [T], _ place: (T) -> (String, Int, Int)) -> [T] {
        var files: [String: Int] = [:]
        for item in items where files[place(item).0] == nil { files[place(item).0] = files.count }
        return items.enumerated().sorted { a, b in
            let (x, y) = (place(a.element), place(b.element))
            return (files[x.0]!, x.1, x.2, a.offset) < (files[y.0]!, y.1, y.2, b.offset)
        }.map(\.element)
    }

    func report(_ message: String, at node: ScenarioNode) {
        problems.append(ScenarioProblem(file: node.file, line: node.line, column: node.column, path: node.path, message: message))
    }

    func report(_ message: String, file: String, line: Int, column: Int, path: String) {
        problems.append(ScenarioProblem(file: file, line: line, column: column, path: path, message: message))
    }

    // MARK: Containers

    func mapping(_ node: ScenarioNode) -> ScenarioMapping? {
        guard case .mapping(let mapping) = node.node else {
            report("expected a mapping, found \(node.found)", at: node)
            return nil
        }
        return ScenarioMapping(owner: node, mapping: mapping)
    }

    /// Records what the mapping left over as ignored fields.
    func finish(_ mapping: ScenarioMapping) {
        for (path, keyNode) in mapping.leftOver {
            ignored.append(IgnoredField(
                file: mapping.owner.file, line: keyNode.mark?.line ?? mapping.owner.line,
                column: keyNode.mark?.column ?? mapping.owner.column, path: path))
        }
    }

    func list(_ node: ScenarioNode) -> [ScenarioNode]? {
        guard case .sequence(let sequence) = node.node else {
            report("expected a list, found \(node.found)", at: node)
            return nil
        }
        return sequence.enumerated().map { ScenarioNode(node: $1, path: "\(node.path)[\($0)]", file: node.file) }
    }

    /// A required field's value; reports it missing at the mapping's own position.
    func required(_ mapping: ScenarioMapping, _ key: String) -> ScenarioNode? {
        if let value = mapping.take(key) { return value }
        let owner = mapping.owner
        report("required field is missing", file: owner.file, line: owner.line, column: owner.column, path: owner.childPath(key))
        return nil
    }

    /// Each element of an optional list field, decoded by `element`; elements that fail are left out.
    func each<T>(_ mapping: ScenarioMapping, _ key: String, _ element: (ScenarioNode) -> T?) -> [T] {
        guard let node = mapping.take(key), let items = list(node) else { return [] }
        return items.compactMap(element)
    }

    // MARK: Scalars

    func string(_ node: ScenarioNode) -> String? {
        guard case .scalar(let scalar) = node.node else {
            report("expected a string, found \(node.found)", at: node)
            return nil
        }
        return scalar.string
    }

    /// A name ECS would take: not empty.
    func name(_ node: ScenarioNode) -> String? {
        guard let text = string(node) else { return nil }
        guard !text.isEmpty else {
            report("expected a name, found \"\"", at: node)
            return nil
        }
        return text
    }

    func int(_ node: ScenarioNode, in range: ClosedRange<Int>) -> Int? {
        let expected = "expected a whole number \(Self.describe(range))"
        guard case .scalar(let scalar) = node.node else {
            report("\(expected), found \(node.found)", at: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        let value = Int(text) ?? Double(text).flatMap { $0.isFinite && $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }
        guard let value, range.contains(value) else {
            report("\(expected), found \(node.found)", at: node)
            return nil
        }
        return value
    }

    func double(_ node: ScenarioNode, in range: ClosedRange<Double>) -> Double? {
        let expected = "expected a number \(Self.describe(range))"
        guard case .scalar(let scalar) = node.node, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
              value.isFinite, range.contains(value) else {
            report("\(expected), found \(node.found)", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: ScenarioNode) -> Bool? {
        guard case .scalar(let scalar) = node.node, let value = ["true": true, "false": false][scalar.string.lowercased()] else {
            report("expected true or false, found \(node.found)", at: node)
            return nil
        }
        return value
    }

    /// One of `allowed` (ECS's spelling, matched exactly as ECS does).
    func choice<T>(_ node: ScenarioNode, _ allowed: [(String, T)]) -> T? {
        if case .scalar(let scalar) = node.node, let match = allowed.first(where: { $0.0 == scalar.string }) { return match.1 }
        report("expected one of \(allowed.map(\.0).joined(separator: ", ")), found \(node.found)", at: node)
        return nil
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: ScenarioNode, _: T.Type) -> T? where T.RawValue == String {
        choice(node, T.allCases.map { ($0.rawValue, $0) })
    }

    /// Seconds, from `90s`, `5m`, `1h`, `1m30s` or plain seconds; at most 30 days, which no run outlasts.
    func duration(_ node: ScenarioNode, minimum: Double = 0) -> Double? {
        let expected = "expected a duration such as 90s, 5m, 1h, 1m30s or plain seconds"
        guard case .scalar(let scalar) = node.node, let seconds = Self.seconds(in: scalar.string) else {
            report("\(expected), found \(node.found)", at: node)
            return nil
        }
        guard seconds >= minimum, seconds <= 30 * 86_400 else {
            report("expected a duration from \(Self.format(minimum))s to 30 days, found \(node.found)", at: node)
            return nil
        }
        return seconds
    }

    func strings(_ node: ScenarioNode) -> [String]? {
        guard let items = list(node) else { return nil }
        let values = items.map(string)
        return values.contains(nil) ? nil : values.compactMap(\.self)
    }

    /// A mapping of strings to strings (`options:`, `attributes:`).
    func stringMap(_ node: ScenarioNode) -> [String: String]? {
        guard case .mapping(let mapping) = node.node else {
            report("expected a mapping, found \(node.found)", at: node)
            return nil
        }
        var result: [String: String] = [:]
        var ok = true
        for (key, value) in mapping {
            let valueNode = ScenarioNode(node: value, path: node.childPath(key.string ?? "?"), file: node.file)
            guard let text = string(valueNode) else { ok = false; continue }
            result[key.string ?? ""] = text
        }
        return ok ? result : nil
    }

    // MARK: Text

    static func seconds(in text: String) -> Double? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let plain = Double(text) { return plain.isFinite ? plain : nil }
        var total = 0.0
        var number = ""
        var units = Set<Character>()
        for character in text {
            if character.isNumber || character == "." {
                number.append(character)
            } else if let unit = ["h": 3600.0, "m": 60, "s": 1][character], let value = Double(number),
                      units.insert(character).inserted {
                total += value * unit
                number = ""
            } else {
                return nil
            }
        }
        return number.isEmpty && !units.isEmpty ? total : nil
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == .max { return range.lowerBound == .min ? "" : "of \(range.lowerBound) or more" }
        return "from \(range.lowerBound) to \(range.upperBound)"
    }

    static func describe(_ range: ClosedRange<Double>) -> String {
        if range.upperBound == .greatestFiniteMagnitude { return "of \(format(range.lowerBound)) or more" }
        return "from \(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    static func format(_ value: Double) -> String { String(format: "%g", value) }
}
