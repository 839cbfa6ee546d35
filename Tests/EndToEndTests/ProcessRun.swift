import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished run of a program: exit status and everything it wrote.
struct ProcessRun {
    struct LaunchFailed: Error, CustomStringConvertible {
        var executable: String
        var code: Int32
        var description: String { "could not start \(executable): \(String(cString: strerror(code)))" }
    }

    /// The exit code, or 128 + the signal that ended the program (as a shell reports it).
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// Runs `executable` to completion with `environment` (the test's own when nil), stdin from
    /// /dev/null and output into temporary files.
    ///
    /// posix_spawn and waitpid rather than Foundation's `Process`: on Linux, `Process` learns that a
    /// child ended from a socket the child inherits, and the tmux server that `tmux new-session` leaves
    /// behind inherits it too, so `waitUntilExit` would never return. Files rather than pipes for the
    /// same reason (a daemon holding a pipe's write end means no end-of-file).
    static func launch(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessRun {
        let folder = FileManager.default.temporaryDirectory
        let outputPath = folder.appendingPathComponent("ecstop-e2e-\(UUID().uuidString).out").path
        let errorPath = folder.appendingPathComponent("ecstop-e2e-\(UUID().uuidString).err").path
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }

        let pid = try spawn(executable, arguments, environment: environment, outputPath: outputPath, errorPath: errorPath)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1, errno == EINTR {}

        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = waitStatus & 0x7F
        let status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        return ProcessRun(
            status: status,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        )
    }

    /// Starts `executable` with standard input from /dev/null and its output in the two files, and
    /// returns its pid without waiting. The test runner blocks some signals (SIGTERM among them) and
    /// children inherit that mask: they start with nothing blocked and default actions, as from a shell.
    static func spawn(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, outputPath: String, errorPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw LaunchFailed(executable: executable.path, code: result) }
        return pid
    }
}
