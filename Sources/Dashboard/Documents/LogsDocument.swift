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
            if showsTimestamps { styled.append(line.event.timestamp.iso8601SecondsText + " ", .logTime) }
            if byService { styled.append(String(line.taskID.prefix(8)) + " ", .dim) }
            styled.append(line.event.containerName + " ", .jsonKey)
            styled.append(line.event.message, Self.role(of: line.event.message))
            document.append(styled)
        }
        return document
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
}
