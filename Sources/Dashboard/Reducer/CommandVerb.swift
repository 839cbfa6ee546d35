/// One verb of the `:` command line. It names the action it performs, so `:scale web 5` and `+` carry the
/// same traits and are refused by the same gate with the same words.
struct CommandVerb: Sendable {
    let name: String
    /// Other spellings (`q` for `quit`); not offered by completion.
    var aliases: [String] = []
    let usage: String
    /// The action this verb is; nil for verbs that only change what is shown and have no key.
    let action: Action?
    /// What Tab offers for the first argument.
    var argument: Argument = .nothing

    enum Argument: Sendable {
        case nothing, service, serviceOrCluster, cluster, theme, column, faultKind, speed
    }

    /// Every verb, in the order completion lists them.
    static let all: [CommandVerb] = [
        CommandVerb(name: "scale", usage: "scale SERVICE COUNT", action: .setDesiredCount, argument: .service),
        CommandVerb(name: "kill", usage: "kill TASK-ID-PREFIX", action: .killTask),
        CommandVerb(name: "drain", usage: "drain INSTANCE-PREFIX", action: .drainInstance),
        CommandVerb(name: "activate", usage: "activate INSTANCE-PREFIX", action: .activateInstance),
        CommandVerb(name: "deploy", usage: "deploy SERVICE REVISION (a number, or family:revision)", action: .deploy,
                    argument: .service),
        CommandVerb(name: "redeploy", usage: "redeploy SERVICE", action: .deploy, argument: .service),
        CommandVerb(name: "describe", usage: "describe [CLUSTER|SERVICE|INSTANCE|TASK]", action: .describe,
                    argument: .serviceOrCluster),
        CommandVerb(name: "logs", usage: "logs [SERVICE|TASK]", action: .showLogs, argument: .service),
        CommandVerb(name: "detail", usage: "detail [CLUSTER|SERVICE|INSTANCE]", action: .showDetail, argument: .serviceOrCluster),
        CommandVerb(name: "filter", usage: "filter [TEXT]", action: .find),
        CommandVerb(name: "sort", usage: "sort [COLUMN [asc|desc]]", action: .sortByNextColumn, argument: .column),
        CommandVerb(name: "fault", usage: "fault crash|oom TASK · unhealthy SERVICE [5m|off] · terminate|disconnect|reconnect INSTANCE · az|restore-az ZONE",
                    action: .openFaultMenu, argument: .faultKind),
        CommandVerb(name: "cluster", usage: "cluster NAME", action: nil, argument: .cluster),
        CommandVerb(name: "theme", usage: "theme NAME", action: nil, argument: .theme),
        CommandVerb(name: "speed", usage: "speed X", action: .setSpeed, argument: .speed),
        CommandVerb(name: "pause", usage: "pause", action: .togglePause),
        CommandVerb(name: "resume", usage: "resume", action: .togglePause),
        CommandVerb(name: "step", usage: "step", action: .stepEvent),
        CommandVerb(name: "help", usage: "help", action: .toggleHelp),
        CommandVerb(name: "quit", aliases: ["q", "q!"], usage: "quit", action: .quit),
    ]

    /// The verb spelled `word` (any case), by name or alias.
    static func named(_ word: String) -> CommandVerb? {
        let word = word.lowercased()
        return all.first { $0.name == word || $0.aliases.contains(word) }
    }
}
