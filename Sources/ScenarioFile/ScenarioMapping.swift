import Yams

/// A mapping being decoded: fields are taken one by one, and whatever is left when it is finished was
/// not used by the simulator, so it is listed as ignored rather than refused.
final class ScenarioMapping {
    let owner: ScenarioNode
    private var entries: [(key: String, keyNode: Node, value: ScenarioNode)] = []
    private var taken = Set<String>()

    init(owner: ScenarioNode, mapping: Node.Mapping) {
        self.owner = owner
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            entries.append((key, keyNode, ScenarioNode(node: value, path: owner.childPath(key), file: owner.file)))
        }
    }

    /// The field's value, unless absent or null (`cpu:` and `"cpu": null` mean "not given", as in ECS's JSON).
    func take(_ key: String) -> ScenarioNode? {
        taken.insert(key)
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Fields nobody took, with the key's own position.
    var leftOver: [(path: String, keyNode: Node)] {
        entries.filter { !taken.contains($0.key) }.map { (owner.childPath($0.key), $0.keyNode) }
    }
}
