import ArgumentParser

/// How the dashboard looks, for every command that draws it (`ecstop`, `snapshot`, `replay`).
struct DisplayOptions: ParsableArguments {
    @Option(help: "Colour theme: default, light, transparent, high-contrast, mono, dracula, solarized-dark, or one of yours in $XDG_CONFIG_HOME/ecstop/themes.")
    var theme = "default"

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false
}
