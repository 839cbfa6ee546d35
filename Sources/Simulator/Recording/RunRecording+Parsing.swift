import Foundation

/// What is wrong with a recording's text: every problem found, each with its line.
public struct RecordingProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    public var problems: [Problem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension RunRecording {
    /// Reads a recording, checking every line: JSON, a header first, known commands with their values,
    /// times that never go back, nothing after the end line. All problems are reported at once.
    public init(parsing text: String) throws(RecordingProblems) {
        var problems: [RecordingProblems.Problem] = []
        func problem(_ line: Int, _ message: String) { problems.append(.init(line: line, message: message)) }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let decoder = JSONDecoder()
        var header: Header?
        var commands: [RecordedCommand] = []
        var end: Duration?
        var endLine: Int?
        var previous: (time: Duration, line: Int)?

        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let data = Data(line.utf8)
            if number == 1 {
                do {
                    let decoded = try decoder.decode(HeaderLine.self, from: data)
                    if !Self.readableVersions.contains(decoded.ecstop) {
                        problem(number, "recording format version \(decoded.ecstop) is not supported (this ecstop reads versions \(Self.readableVersions.lowerBound) to \(Self.version))")
                    }
                    decoder.userInfo[CommandRecord.versionKey] = decoded.ecstop
                    header = Header(
                        seed: decoded.seed, chaos: decoded.chaos.value,
                        scenarioPath: decoded.scenario == Self.defaultScenarioName ? nil : decoded.scenario)
                } catch {
                    problem(number, "missing or unreadable header (expected {\"ecstop\":1,\"seed\":…,\"chaos\":…,\"scenario\":…}): \(Self.describe(error))")
                }
                continue
            }
            if let endLine {
                problem(number, "a line after the end of the run (line \(endLine))")
                continue
            }
            // Time first, so that order is checked even on a line whose command cannot be read.
            let time: Duration
            do {
                let at = try decoder.decode(Timing.self, from: data).at
                guard let duration = Duration(recordedSeconds: at) else {
                    problem(number, "'at' must be a number of simulated seconds, not negative (found \(at))")
                    continue
                }
                time = duration
            } catch {
                problem(number, Self.describe(error))
                continue
            }
            if let previous, time < previous.time {
                problem(number, "out of time order: at \(time.recordedSeconds) comes before line \(previous.line)'s \(previous.time.recordedSeconds)")
            }
            previous = (time, number)
            let entry: EntryLine
            do {
                entry = try decoder.decode(EntryLine.self, from: data)
            } catch {
                problem(number, Self.describe(error))
                continue
            }
            switch (entry.command, entry.end) {
            case (let command?, nil), (let command?, false?):
                commands.append(RecordedCommand(at: time, command: command.command, error: entry.error, line: number))
            case (nil, true?):
                end = time
                endLine = number
            case (_?, true?):
                problem(number, "a line is either a command or the end, not both")
            case (nil, _):
                problem(number, "no 'command' (and not the end line)")
            }
        }
        if lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problem(1, "the recording is empty: missing header")
        }
        guard problems.isEmpty, let header else { throw RecordingProblems(problems: problems) }
        self.init(header: header, commands: commands, end: end)
    }

    private struct Timing: Decodable {
        var at: Decimal
    }

    /// A decoding error in a line's terms: where in the line, and what was wrong.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        func at(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty ? "" : " at '\(path(codingPath))'"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)'\(at(context.codingPath))"
        case .typeMismatch(let type, let context):
            return "expected \(Self.describe(type))\(at(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "expected \(Self.describe(type))\(at(context.codingPath)), found null"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, context.underlyingError != nil || context.debugDescription.contains("JSON") {
                return "not valid JSON"
            }
            return "\(context.debugDescription)\(at(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type, is Double.Type, is Decimal.Type: "a number"
        default: "\(type)".contains("Dictionary") || "\(type)".contains("Record") ? "an object" : "\(type)"
        }
    }
}
