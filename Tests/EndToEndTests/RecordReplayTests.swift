import Foundation
import Testing

/// Record a run in a real terminal, then replay its file headless: the recorded commands are all there,
/// the replay shows their effect, and replaying twice prints the same screen.
@Suite(.timeLimit(.minutes(2)))
struct RecordReplayTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    @Test func aRecordedRunReplaysToTheSameScreen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("run.jsonl").path

        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        try session.run(ShellReport.command(
            running: "--seed 42 --chaos off --speed 10 --record '\(file)'", in: ecstop.deletingLastPathComponent()))
        try session.waitFor("worker running 2 of 2") { $0.contains(try Regex(#"[▶ ] worker +EC2 +2 +2 "#)) }

        // Scale worker up twice, then kill one of its tasks.
        try session.sendKeys("j", "j")
        try session.waitFor("worker selected") { $0.contains("Tasks · worker") }
        try session.sendKeys("+")
        try session.waitFor("worker desired 3") { $0.contains(try Regex(#"▶ worker +EC2 +3 "#)) }
        try session.sendKeys("+")
        try session.waitFor("worker running 4 of 4", timeout: .seconds(30)) { $0.contains(try Regex(#"▶ worker +EC2 +4 +4 "#)) }
        try session.sendKeys("3")
        let screen = try session.waitFor("a selected task") { $0.firstMatch(of: #/│▶ ([0-9a-f]{6,})/#) != nil }
        let victim = String(try #require(screen.firstMatch(of: #/│▶ ([0-9a-f]{6,})/#)).1)
        try session.sendKeys("K")
        try session.waitFor(text: "Confirm")
        try session.sendKeys("y")
        try session.waitFor("task \(victim) stopped", timeout: .seconds(30)) { text in
            text.split(separator: "\n").contains { $0.contains(victim) && $0.contains("STOPPED") }
        }
        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")

        // The file: the header, the two scales and the kill, and the end.
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)") }
        #expect(objects.first?["seed"] as? Int == 42 && objects.first?["chaos"] as? String == "off", "\(lines)")
        let commands = objects.dropFirst().compactMap { ($0["command"] as? [String: Any])?.keys.first }
        #expect(commands == ["updateService", "updateService", "stopTask"], "\(lines)")
        let end = try #require(objects.last?["end"] as? Bool == true ? objects.last?["at"] as? Double : nil, "\(lines)")

        // Replayed at the end (rounded up to the next whole second, as --at takes it), worker selected.
        let at = "\(Int(end.rounded(.up)))s"
        let first = try ProcessRun.launch(ecstop, ["replay", file, "--at", at, "--size", "120x36", "--keys", "jj"])
        #expect(first.status == 0, "stderr: \(first.standardError)")
        // Desired 4; running may still be 3 while the killed task's replacement starts, as it was live.
        #expect(first.standardOutput.contains(try Regex(#"▶ worker +EC2 +4 "#)), "\(first.standardOutput)")
        #expect(first.standardOutput.split(separator: "\n").contains { $0.contains(victim.prefix(8)) && $0.contains("STOPPED") },
                "\(victim) stopped:\n\(first.standardOutput)")
        let second = try ProcessRun.launch(ecstop, ["replay", file, "--at", at, "--size", "120x36", "--keys", "jj"])
        #expect(second.standardOutput == first.standardOutput)

        // Interactively: read-only, and the recorded scale-up happens as simulated time passes.
        try session.run("clear")
        try session.run(ShellReport.command(running: "replay '\(file)' --speed 10", in: ecstop.deletingLastPathComponent()))
        try session.waitFor(text: "replay of")
        try session.waitFor("worker desired 4 as recorded", timeout: .seconds(30)) { $0.contains(try Regex(#"[▶ ] worker +EC2 +4 "#)) }
        try session.sendKeys("+")
        try session.waitFor(text: "read-only mode")
        try session.sendKeys("q")
        let replayReport = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(replayReport.exitStatus == 0, "screen:\n\(replayReport.screen)")
    }

    @Test func aBrokenRecordingListsEveryProblemWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-broken-\(UUID().uuidString).jsonl").path
        defer { unlink(file) }
        try """
            {"chaos":"off","ecstop":1,"scenario":"default","seed":42}
            {"at":5,"command":{"teleport":{}}}
            {"at":3,"command":{"setPaused":true}}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try ProcessRun.launch(ecstop, ["replay", file, "--at", "10s"])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(result.standardError)")
        #expect(lines.first?.contains("\(file): line 2: unknown command 'teleport'") == true, "\(result.standardError)")
        #expect(lines.last?.contains("\(file): line 3: out of time order") == true, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func anUnwritableRecordPathExitsWithTwoBeforeTakingTheTerminal() throws {
        let result = try ProcessRun.launch(ecstop, ["--record", "/nonexistent-folder/run.jsonl"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("ecstop: error: --record: cannot write '/nonexistent-folder/run.jsonl'"), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}
