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

    /// Errors and warnings stand out. The level word leads (`ERROR`, `FATAL`, `WARN`); without one, an
    /// HTTP status of 5xx (`GET /api 503 12ms`) is a warning, and a container killed or exiting with a
    /// non-zero status an error. Numbers that merely start with 5 (`in 512ms`) are not statuses.
    static func role(of message: String) -> Theme.Role {
        let words = message.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
        guard let first = words.first else { return .row }
        switch first.uppercased() {
        case "ERROR", "FATAL", "PANIC", "CRITICAL": return .unhealthy
        case "WARN", "WARNING": return .eventWarning
        case "INFO", "DEBUG", "TRACE": return .row
        default: break
        }
        let lower = message.lowercased()
        if lower.contains("killed") || lower.contains("outofmemory") { return .unhealthy }
        if let status = words.firstIndex(where: { $0 == "status" || $0 == "code" }), status + 1 < words.count,
           let code = Int(words[status + 1].trimmingCharacters(in: .punctuationCharacters)), code != 0,
           lower.contains("exit")
        {
            return .unhealthy
        }
        if words.contains(where: Self.isServerErrorStatus) { return .eventWarning }
        if lower.contains("error") || lower.contains("exception") { return .unhealthy }
        return .row
    }

    /// A bare three-digit word from 500 to 599.
    private static func isServerErrorStatus(_ word: Substring) -> Bool {
        word.utf8.count == 3 && word.hasPrefix("5") && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
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
