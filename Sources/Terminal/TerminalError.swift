/// Why the terminal could not be set up, worded for the person who ran the command.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case termNotSet
    case unknownTerminalType(String)
    case notATerminal

    public var description: String {
        switch self {
        case .termNotSet:
            "TERM is not set; ecstop needs a terminal type such as xterm-256color"
        case .unknownTerminalType(let name):
            "unknown terminal type '\(name)' (TERM); try TERM=xterm-256color"
        case .notATerminal:
            "standard input and output must be a terminal (use 'ecstop snapshot' for plain text)"
        }
    }
}
