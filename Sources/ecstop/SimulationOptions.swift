import ArgumentParser
import Simulator

/// Options every simulated view shares: which run, how chaotic, how it looks.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulation: the same seed gives the same run.")
    var seed: UInt64 = 42

    @Option(help: "How often things go wrong: off, low or high.")
    var chaos: ChaosLevel = .low

    @Option(help: "Colour theme: default, light, transparent, high-contrast, mono, dracula, solarized-dark, or one of yours in $XDG_CONFIG_HOME/ecstop/themes.")
    var theme = "default"

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false
}
