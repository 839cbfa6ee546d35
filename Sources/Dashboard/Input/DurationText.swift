import Foundation

/// Simulated times as people type them: `90s`, `5m`, `1h`, `1m30s`, or plain seconds (`90`, `2.5`).
/// Shared by the command line (`:fault unhealthy web 5m`) and ecstop's flags (`--at 90s`).
public enum DurationText {
    public enum Problem: Error, Equatable {
        case negative, malformed, tooLong
    }

    /// The longest time accepted: a simulated month is more than any rehearsal needs, and keeps a
    /// typo such as `1000000h` from running for minutes.
    public static let maximum = Duration.seconds(30 * 24 * 3600)

    public static func parse(_ text: String) throws(Problem) -> Duration {
        let duration = try parseUnbounded(text)
        guard duration <= maximum else { throw .tooLong }
        return duration
    }

    private static func parseUnbounded(_ text: String) throws(Problem) -> Duration {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("-") { throw .negative }
        if let seconds = Double(text) {
            guard seconds.isFinite else { throw .malformed }
            guard seconds <= 1e9 else { throw .tooLong }
            return .milliseconds(Int64((seconds * 1000).rounded()))
        }
        let units: [(suffix: Character, seconds: Int64)] = [("h", 3600), ("m", 60), ("s", 1)]
        var total: Int64 = 0
        var digits = ""
        var nextUnit = 0  // units must come in order h, m, s, each at most once
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let index = units.firstIndex(where: { $0.suffix == character }), index >= nextUnit,
                  let value = Int64(digits), value <= 1_000_000
            else { throw .malformed }
            total += value * units[index].seconds
            digits = ""
            nextUnit = index + 1
        }
        guard digits.isEmpty, nextUnit > 0 else { throw .malformed }
        return .seconds(total)
    }
}
