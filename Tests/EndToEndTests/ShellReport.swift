import Foundation

/// What the pane's shell printed after ecstop ended, from the command line that `command(running:)`
/// builds: a marker printed before ecstop started, ecstop's exit status, and `stty -a`.
struct ShellReport {
    /// Printed before ecstop starts; visible again only if ecstop left the alternate screen.
    static let marker = "BEFORE-ECSTOP"
    /// Printed last, once everything else is on screen.
    static let end = "END-CHECK"

    var screen: String

    /// A shell command line that runs `ecstop` from `folder` and then reports on the terminal. The
    /// printf formats keep the markers themselves out of the echoed command line.
    static func command(running arguments: String, in folder: URL, environment: String = "") -> String {
        "cd '\(folder.path)' && printf 'BEFORE-%s\\n' ECSTOP; \(environment) ./ecstop \(arguments); "
            + "echo EXIT=$?; stty -a; printf 'END-%s\\n' CHECK"
    }

    /// ecstop's exit status.
    var exitStatus: Int? {
        guard let range = screen.range(of: #"EXIT=(\d+)"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("EXIT=".count))
    }

    /// The words of `stty -a`, e.g. "echo" or "-echo".
    var terminalSettings: Set<Substring> {
        Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }))
    }

    /// Echo and line editing are back on: the shell is usable.
    var isTerminalCooked: Bool {
        terminalSettings.isSuperset(of: ["echo", "icanon", "isig"])
    }

    /// Text printed before ecstop started is visible: the alternate screen was left.
    var showsTextFromBefore: Bool { screen.contains(Self.marker) }
}
