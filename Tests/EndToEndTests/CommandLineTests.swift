import Foundation
import Testing

/// ecstop's command line, without a terminal: mistakes give one line and exit 2, `snapshot` prints text.
@Suite
struct CommandLineTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    private func run(_ arguments: String...) throws -> ProcessRun {
        try ProcessRun.launch(ecstop, arguments)
    }

    @Test(arguments: [
        ["--bogus"], ["--speed", "1000"], ["--speed", "0.1"], ["--speed", "fast"], ["--chaos", "extreme"],
        ["--seed", "-1"], ["snapshot", "--size", "10x3"], ["snapshot", "--size", "120"], ["snapshot", "--at", "-5s"],
        ["snapshot", "--at", "5q"], ["snapshot", "--bogus"], ["unexpected"], ["--theme", "nosuch"],
        ["snapshot", "--theme", "nosuch"], ["snapshot", "--speed", "2"],
    ])
    func mistakesPrintOneLineAndExitWithTwo(arguments: [String]) throws {
        let result = try ProcessRun.launch(ecstop, arguments)
        #expect(result.status == 2, "stderr: \(result.standardError)")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.standardError)")
        #expect(lines.first?.hasPrefix("ecstop: error: ") == true, "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func speedOutOfRangeSaysWhy() throws {
        let result = try run("--speed", "1000")
        #expect(result.status == 2)
        #expect(result.standardError.contains("--speed must be between 0.25 and 100"), "stderr: \(result.standardError)")
    }

    @Test func helpExitsWithZero() throws {
        let result = try run("--help")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE"))
        #expect(result.standardOutput.contains("snapshot"))
    }

    @Test func snapshotPrintsOneScreen() throws {
        let result = try run("snapshot", "--at", "30s", "--size", "100x30")
        #expect(result.status == 0, "stderr: \(result.standardError)")
        var lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }  // the final newline
        #expect(lines.count == 30)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.first?.contains("ecstop") == true, "output:\n\(result.standardOutput)")
    }

    @Test(arguments: ["90s", "5m", "1h", "1m30s", "45", "2.5"])
    func snapshotAcceptsDurations(_ time: String) throws {
        let result = try run("snapshot", "--at", time, "--size", "60x15")
        #expect(result.status == 0, "--at \(time): \(result.standardError)")
    }

    @Test func snapshotIsDeterministic() throws {
        let first = try run("snapshot", "--seed", "7", "--at", "2m")
        let second = try run("snapshot", "--seed", "7", "--at", "2m")
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func snapshotOptionsReachTheSnapshot() throws {
        let seven = try run("snapshot", "--seed", "7", "--at", "2m")
        let eight = try run("snapshot", "--seed", "8", "--at", "2m")
        #expect(seven.standardOutput.contains("seed 7") && eight.standardOutput.contains("seed 8"))
        #expect(seven.standardOutput != eight.standardOutput)
        let ascii = try run("snapshot", "--ascii", "--size", "80x24")
        #expect(!ascii.standardOutput.contains("─") && ascii.standardOutput.contains("+-"), "\(ascii.standardOutput)")
        let mono = try run("snapshot", "--theme", "mono")
        #expect(mono.status == 0, "stderr: \(mono.standardError)")
    }

    @Test func brokenThemeFileWarnsWithFileAndLineThenUsesTheDefault() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-cli-\(UUID().uuidString)")
        let themes = config.appendingPathComponent("ecstop/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "header: { fg: white }\nborder: { fg: nocolour }\n".write(
            to: themes.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = config.path
        let result = try ProcessRun.launch(ecstop, ["snapshot", "--theme", "broken"], environment: environment)
        #expect(result.status == 0)
        #expect(result.standardError.contains("broken.yaml:2: border.fg"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("ecstop"))
    }

    @Test func withoutATerminalItFailsClearly() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        let result = try ProcessRun.launch(ecstop, [], environment: environment)
        #expect(result.status == 1, "stderr: \(result.standardError)")
        #expect(result.standardError.contains("must be a terminal"), "stderr: \(result.standardError)")
    }
}
