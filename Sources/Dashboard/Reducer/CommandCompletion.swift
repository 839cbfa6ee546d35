/// Tab on the command line: completes the verb, then its first argument (a service, cluster, theme,
/// column or fault), as far as the candidates agree; lists them when they differ.
struct CommandCompletion {
    let model: DashboardModel
    let focus: Pane
    let themeNames: [String]

    /// The completed text, and the candidates to show when more than one fits.
    func complete(_ text: String) -> (text: String, candidates: [String]) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        switch words.count {
        case 1:
            return extend(prefix: "", word: words[0], among: CommandVerb.all.map(\.name))
        case 2:
            return extend(prefix: words[0] + " ", word: words[1], among: arguments(for: words[0].lowercased()))
        default:
            return (text, [])
        }
    }

    private func arguments(for verb: String) -> [String] {
        let services = model.cluster?.services.map(\.service.name) ?? []
        let clusters = model.snapshot.clusters.map(\.cluster.name)
        switch CommandVerb.named(verb)?.argument ?? .nothing {
        case .service: return services
        case .serviceOrCluster: return services + clusters
        case .cluster: return clusters
        case .theme: return themeNames
        case .column: return model.rows(for: focus).base.columns.map(\.title)
        case .faultKind: return ["crash", "oom", "unhealthy", "terminate", "disconnect", "reconnect", "az", "restore-az"]
        case .speed: return Reducer.speeds.map(HeaderBar.speedText)
        case .nothing: return []
        }
    }

    private func extend(prefix: String, word: String, among candidates: [String]) -> (text: String, candidates: [String]) {
        let fitting = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        guard let first = fitting.first else { return (prefix + word, []) }
        if fitting.count == 1 { return (prefix + first + " ", []) }
        var common = first
        for candidate in fitting.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return (prefix + (common.count > word.count ? common : word), fitting)
    }
}
