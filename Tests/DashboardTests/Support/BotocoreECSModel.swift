import ECSModel
import Foundation

/// The ECS API model botocore ships, read through the installed botocore so the tests check member
/// names against the real model rather than a copy of it.
struct BotocoreECSModel {
    /// Structure shape name → its members in the model's order, each with the member's shape name.
    let members: [String: [(name: String, shape: String)]]
    /// List shape name → its element's shape name.
    let listElements: [String: String]

    enum LoadError: Error, CustomStringConvertible {
        case pythonFailed(status: Int32, message: String)
        case unreadable

        var description: String {
            switch self {
            case .pythonFailed(let status, let message):
                "python3 could not read botocore's ECS model (exit \(status)); install it with `python3 -m pip install botocore`: \(message)"
            case .unreadable: "botocore's ECS model is not the JSON expected"
            }
        }
    }

    /// Finds botocore with python3 and reads `data/ecs/2014-11-13/service-2.json.gz` from it. Python
    /// turns member dictionaries into lists first, because Foundation's JSON objects lose key order.
    static func load() throws -> BotocoreECSModel {
        let script = """
            import botocore, gzip, json, os, sys
            path = os.path.join(os.path.dirname(botocore.__file__), "data", "ecs", "2014-11-13", "service-2.json.gz")
            shapes = json.load(gzip.open(path))["shapes"]
            out = {}
            for name, shape in shapes.items():
                if "members" in shape:
                    out[name] = {"members": [[key, member["shape"]] for key, member in shape["members"].items()]}
                elif shape.get("type") == "list":
                    out[name] = {"member": shape["member"]["shape"]}
            json.dump(out, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: the model is larger than a pipe's buffer.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw LoadError.pythonFailed(status: process.terminationStatus, message: errorText)
        }
        guard let shapes = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw LoadError.unreadable
        }
        var members: [String: [(name: String, shape: String)]] = [:]
        var listElements: [String: String] = [:]
        for (name, shape) in shapes {
            if let pairs = shape["members"] as? [[String]] {
                members[name] = pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
            } else if let element = shape["member"] as? String {
                listElements[name] = element
            }
        }
        guard members["Task"] != nil, members["Service"] != nil else { throw LoadError.unreadable }
        return BotocoreECSModel(members: members, listElements: listElements)
    }

    /// Paths (`deployments[].createdAt`) of every member in `value` that `shape` does not declare or
    /// that comes out of the model's order, recursively through nested structures and lists.
    func problems(in value: JSONValue, shape: String, path: String = "") -> [String] {
        switch value {
        case .object(let objectMembers):
            guard let declared = members[shape] else { return ["\(path) is an object but \(shape) is not a structure"] }
            var problems: [String] = []
            var lastPosition = -1
            for member in objectMembers {
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                guard let position = declared.firstIndex(where: { $0.name == member.key }) else {
                    problems.append("\(memberPath) is not a member of \(shape)")
                    continue
                }
                if position < lastPosition { problems.append("\(memberPath) comes out of \(shape)'s member order") }
                lastPosition = position
                problems += self.problems(in: member.value, shape: declared[position].shape, path: memberPath)
            }
            return problems
        case .array(let elements):
            guard let elementShape = listElements[shape] else { return ["\(path) is a list but \(shape) is not"] }
            return elements.flatMap { problems(in: $0, shape: elementShape, path: path + "[]") }
        default:
            return []
        }
    }
}
