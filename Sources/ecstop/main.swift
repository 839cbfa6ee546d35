import ArgumentParser
import Foundation
import Terminal

// Exit codes: 0 for success and help, 2 for any mistake on the command line (ArgumentParser would use
// 64 for some), 1 when ecstop cannot run (no terminal, unknown TERM), 128+N after signal N.

func fail(_ message: String, exitCode: Int32) -> Never {
    FileHandle.standardError.write(Data("ecstop: error: \(message)\n".utf8))
    exit(exitCode)
}

/// Help and version requests arrive as errors, from parsing or (for `ecstop help`) from running.
func exitIfHelp(_ error: any Error) {
    guard ECSTop.exitCode(for: error) == .success else { return }
    print(ECSTop.fullMessage(for: error))
    exit(0)
}

var command: any ParsableCommand
do {
    command = try ECSTop.parseAsRoot()
} catch {
    exitIfHelp(error)
    // One line: ArgumentParser's first line of explanation, then where to look.
    let message = ECSTop.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
    fail("\(message) (see 'ecstop --help')", exitCode: 2)
}

do {
    try command.run()
} catch let error as UsageError {
    fail("\(error) (see 'ecstop --help')", exitCode: 2)
} catch let error as TerminalError {
    fail("\(error)", exitCode: 1)
} catch let exitCode as ExitCode {
    exit(exitCode.rawValue)
} catch {
    exitIfHelp(error)
    fail("\(error)", exitCode: 1)
}
