import Foundation
import Simulator
import Testing

/// Recordings written before commands were ECS requests (format version 1, kept in Fixtures/ as that
/// version wrote them) still read and replay.
@Suite struct LegacyRecordingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func fixture(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func everyCommandOfVersionOneReadsAsItWasRecorded() throws {
        let recording = try RunRecording(parsing: try fixture("every-command-v1.jsonl"))
        #expect(recording.commands.map(\.command) == RecordingTests.everyCommand)
        #expect(recording.commands.map(\.at) == RecordingTests.everyCommand.indices.map { .seconds($0) })
    }

    @Test func aVersionOneSessionReplaysToTheStateItEndedIn() throws {
        let recording = try RunRecording(parsing: try fixture("session-v1.jsonl"))
        #expect(recording.header.seed == 7)
        #expect(recording.commands.count == 29)
        let replay = RecordingReplay(recording: recording, scenario: { _ in Issue.record("no scenario file"); return .default })
        // Every recorded answer, refusals included, comes again.
        try replay.run()
        let endState = try fixture("session-v1.end-state.txt")
        #expect(RecordingEndState.text(of: replay.simulator) == endState)
    }

    @Test func aVersionOneSessionRewrittenInTheCurrentFormatReplaysTheSame() throws {
        let recording = try RunRecording(parsing: try fixture("session-v1.jsonl"))
        let rewritten = try RunRecording(parsing: recording.text)
        #expect(rewritten.text.hasPrefix(#"{"chaos":"low","ecstop":\#(RunRecording.version),"#))
        #expect(rewritten.commands.map(\.command) == recording.commands.map(\.command))
        let replay = RecordingReplay(recording: rewritten, scenario: { _ in .default })
        try replay.run()
        #expect(RecordingEndState.text(of: replay.simulator) == (try fixture("session-v1.end-state.txt")))
    }
}
