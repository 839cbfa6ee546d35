import Foundation

/// A recorded run, as `ecstop --record FILE` writes it: JSON lines, a header naming the run, then one
/// line per command the user caused, in the order (and at the simulated time) they reached the control
/// plane, then an end line when the run ended normally:
///
///     {"chaos":"low","ecstop":2,"scenario":"default","seed":42}
///     {"at":12.5,"command":{"updateService":{"cluster":"prod","desiredCount":5,"service":"web"}}}
///     {"at":14,"command":{"updateService":{…"desiredCount":-1…}},"error":"InvalidParameterException: …"}
///     {"at":95.25,"end":true}
///
/// Seed, chaos and scenario rebuild the same simulator; since it is deterministic, applying the same
/// commands at the same simulated times reproduces the run exactly, with no wall time involved.
public struct RunRecording: Hashable, Sendable {
    public struct Header: Hashable, Sendable {
        public var seed: UInt64
        public var chaos: ChaosLevel
        /// The scenario file the run used; nil for the embedded default scenario.
        public var scenarioPath: String?

        public init(seed: UInt64, chaos: ChaosLevel, scenarioPath: String? = nil) {
            self.seed = seed
            self.chaos = chaos
            self.scenarioPath = scenarioPath
        }
    }

    /// The format's version, written as the header's `ecstop` member. Version 2 writes ECS's commands as
    /// their ECS requests; version 1 wrote the model's fields, still read (`LegacyCommandRecord`).
    public static let version = 2
    /// The versions a recording may have to be read.
    public static let readableVersions = 1...version
    /// What the header's `scenario` says for the embedded scenario.
    public static let defaultScenarioName = "default"

    public var header: Header
    public var commands: [RecordedCommand]
    /// When the run ended; nil if the recording stops short (the program crashed or was killed).
    public var end: Duration?

    public init(header: Header, commands: [RecordedCommand] = [], end: Duration? = nil) {
        self.header = header
        self.commands = commands
        self.end = end
    }

    /// The last simulated time the recording knows of: its end, else its last command's.
    public var lastTime: Duration { end ?? commands.last?.at ?? .zero }

    // MARK: Lines

    struct HeaderLine: Codable {
        var ecstop: Int
        var seed: UInt64
        var chaos: RawValueCoded<ChaosLevel>
        var scenario: String
    }

    struct EntryLine: Codable {
        var at: Decimal
        var command: CommandRecord?
        var error: String?
        var end: Bool?
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func line(_ header: Header) -> String {
        let line = HeaderLine(
            ecstop: version, seed: header.seed, chaos: RawValueCoded(header.chaos),
            scenario: header.scenarioPath ?? defaultScenarioName)
        return encode(line)
    }

    static func line(_ command: RecordedCommand) -> String {
        encode(EntryLine(at: command.at.recordedSeconds, command: CommandRecord(command.command), error: command.error))
    }

    static func endLine(at time: Duration) -> String {
        encode(EntryLine(at: time.recordedSeconds, end: true))
    }

    private static func encode(_ value: some Encodable) -> String {
        // Our own value types only: encoding them cannot fail.
        String(decoding: try! encoder().encode(value), as: UTF8.self)
    }

    /// The whole file's text.
    public var text: String {
        var lines = [Self.line(header)] + commands.map(Self.line)
        if let end { lines.append(Self.endLine(at: end)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
