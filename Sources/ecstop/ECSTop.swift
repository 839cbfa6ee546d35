import ArgumentParser

/// `ecstop`: the root command. Without a subcommand it runs the dashboard (`ecstop run`). The root
/// declares no options of its own, so a subcommand's options always reach the subcommand.
struct ECSTop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecstop",
        abstract: "A terminal dashboard for ECS clusters, over a simulated ECS control plane.",
        usage: """
            ecstop [--scenario <file>] [--seed <seed>] [--speed <speed>] [--chaos <chaos>] [--theme <theme>] [--read-only] [--ascii] [--mouse] [--record <file>]
              ecstop --endpoint-url <url> [--region <region>] [--profile <name>] [--refresh <time>] [--theme <theme>] [--read-only] [--ascii] [--mouse]
              ecstop snapshot [--scenario <file>] [--seed <seed>] [--at <time>] [--size <size>] [--chaos <chaos>] [--theme <theme>] [--ascii]
              ecstop validate <file>
              ecstop export [--scenario <file>] [--seed <seed>] [--at <time>] [--chaos <chaos>]
              ecstop replay <file> [--at <time>] [--size <size>] [--keys <keys>] [--speed <speed>] [--theme <theme>] [--ascii]
              ecstop serve [--port <port>] [--host <host>] [--scenario <file>] [--seed <seed>] [--chaos <chaos>] [--speed <speed>] [--read-only]
              ecstop bench [--quick]
            """,
        subcommands: [Run.self, Snapshot.self, Validate.self, Export.self, Replay.self, Serve.self, Bench.self],
        defaultSubcommand: Run.self
    )
}
