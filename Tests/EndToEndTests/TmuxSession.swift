import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own (unique socket, no config file)
/// running a plain bash, so that tests can type commands, send keys and read the screen.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var arguments: [String]
        var output: ProcessRun
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output.standardError)" }
    }

    /// The prompt of the pane's shell, set explicitly so that tests can tell when it is ready.
    static let prompt = "ready$ "

    let socket: String
    /// The server's socket file, which kill-server leaves behind.
    private var socketPath: String?
    private var isClosed = false
    private static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// Starts a detached session of `width`×`height` whose shell has only HOME, PATH, TERM
    /// (xterm-256color) and a UTF-8 LANG, and waits for its prompt.
    init(width: Int = 120, height: Int = 36) throws {
        socket = "ecstop-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let environment = ProcessInfo.processInfo.environment
        let shell = [
            "env", "-i", "HOME=\(environment["HOME"] ?? "/tmp")", "PATH=\(environment["PATH"] ?? "/usr/bin:/bin")",
            "TERM=xterm-256color", "LANG=C.UTF-8", "PS1='\(Self.prompt)'", "bash", "--norc", "--noprofile",
        ].joined(separator: " ")
        try tmux("new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell)
        socketPath = try? tmux("display-message", "-p", "#{socket_path}").standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            // capture-pane trims trailing spaces, so look for the prompt without its space.
            try waitFor("the shell prompt") { $0.contains(Self.prompt.trimmingCharacters(in: .whitespaces)) }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Types `commandLine` into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux("send-keys", "-t", "0", "-l", commandLine)
        try tmux("send-keys", "-t", "0", "Enter")
    }

    /// Sends keys by tmux name: "q", "C-c", "Up", "Enter".
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// The visible screen as text (the alternate screen while a full-screen program runs).
    func screen() throws -> String {
        try tmux("capture-pane", "-p", "-t", "0").standardOutput
    }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen() throws -> String {
        try tmux("capture-pane", "-p", "-e", "-t", "0").standardOutput
    }

    /// Whether the program in the pane has switched to the alternate screen.
    func isAlternateScreen() throws -> Bool {
        try format("#{alternate_on}") == "1"
    }

    /// The process id of the pane's shell.
    func shellProcessID() throws -> Int32 {
        let text = try format("#{pane_pid}")
        guard let pid = Int32(text) else { throw CommandFailed(arguments: ["pane_pid"], output: ProcessRun(status: 0, standardOutput: text, standardError: "not a pid")) }
        return pid
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
    }

    /// Polls the screen until `predicate` holds and returns that screen; throws `Timeout` (with the last
    /// screen, for the failure message) when it does not hold within `timeout`.
    @discardableResult
    func waitFor(_ description: String, timeout: Duration = .seconds(10), _ predicate: (String) throws -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if try predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(waitingFor: description, screen: last)
    }

    /// Waits for `text` to appear on the screen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? tmux("kill-server")
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    private func format(_ format: String) throws -> String {
        try tmux("display-message", "-p", "-t", "0", format).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> ProcessRun {
        try tmux(arguments)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> ProcessRun {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // the tests may themselves run inside tmux
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"  // outside a UTF-8 locale tmux shows non-ASCII as '_'
        let run = try ProcessRun.launch(Self.env, ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard run.status == 0 else { throw CommandFailed(arguments: arguments, output: run) }
        return run
    }
}
