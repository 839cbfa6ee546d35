import Simulator

/// What the file declares, by name, with where: references are checked against it, and the
/// simulator's own messages ("Service web: …") are placed at the part they name.
struct ScenarioCatalog {
    /// Every `family:revision` and family declared, including those with problems of their own (so that
    /// a broken definition is reported once, not again at each service using it).
    var taskDefinitionReferences = Set<String>()
    var families = Set<String>()
    /// Families with a definition that could not be read: any revision of them counts as declared.
    var brokenFamilies = Set<String>()
    /// Label ("Service web", "Task definition web:7") → nodes declaring it, in file order.
    private(set) var anchors: [String: [ScenarioNode]] = [:]
    /// Per cluster name: what it declares.
    var clusters: [String: ClusterNames] = [:]

    struct ClusterNames {
        var services = Set<String>()
        var targetGroups = Set<String>()
        var autoScalingGroups = Set<String>()
        var capacityProviders = Set<String>()
        var zones = Set<String>()
    }

    func resolves(taskDefinition: String) -> Bool {
        taskDefinitionReferences.contains(taskDefinition) || families.contains(taskDefinition)
            || brokenFamilies.contains(String(taskDefinition.prefix { $0 != ":" }))
    }

    var taskDefinitionList: String {
        taskDefinitionReferences.sorted().joined(separator: ", ")
    }

    mutating func anchor(_ label: String, _ node: ScenarioNode) {
        anchors[label, default: []].append(node)
    }

    /// The node a simulator message is about, and the message without the label the path now says:
    /// the longest label it starts with; for "defined twice", the second declaration.
    func place(_ message: String) -> (ScenarioNode, String)? {
        let matches = anchors.keys.filter { label in
            message.hasPrefix(label) && message.dropFirst(label.count).first.map { $0 == ":" || $0 == " " } == true
        }
        guard let label = matches.max(by: { $0.count < $1.count }), let nodes = anchors[label] else { return nil }
        guard let node = message.hasSuffix("is defined twice.") ? nodes.last : nodes.first else { return nil }
        let rest = message.dropFirst(label.count)
        return (node, rest.hasPrefix(": ") ? String(rest.dropFirst(2)) : message)
    }
}
