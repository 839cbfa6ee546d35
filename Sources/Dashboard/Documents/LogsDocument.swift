import Foundation

/// A task's container log lines, or a service's tasks' lines interleaved by time, oldest first.
struct LogsDocument {
    let subject: Subject
    let lines: [LogLine]
    let showsTimestamps: Bool

    func build() -> Document {
        var document = Document(emptyText: "no log lines yet")
        let byService = if case .service = subject { true } else { false }
        for line in lines {
            var styled = StyledLine()
            if showsTimestamps { styled.append(Self.timestamp(line.event.timestamp) + " ", .logTime) }
            if byService { styled.append(String(line.taskID.prefix(8)) + " ", .dim) }
            styled.append(line.event.containerName + " ", .jsonKey)
            styled.append(line.event.message, Self.role(of: line.event.message))
            document.append(styled)
        }
        return document
    }

    /// `2026-01-01T00:04:31Z`: CloudWatch's ISO 8601, to the second.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds / 86400, time = seconds % 86400
        let (year, month, dayOfMonth) = civilDate(daysSinceEpoch: day)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, dayOfMonth, time / 3600, time / 60 % 60, time % 60)
    }

    /// Errors and warnings stand out.
    private static func role(of message: String) -> Theme.Role {
        let lower = message.lowercased()
        if lower.contains("error") || lower.contains("fatal") || lower.contains("killed") || lower.contains("exit") {
            return .unhealthy
        }
        if lower.contains("warn") || lower.contains(" 5") { return .eventWarning }
        return .row
    }

    /// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar, without a
    /// Calendar (which would depend on the machine's settings).
    static func civilDate(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
