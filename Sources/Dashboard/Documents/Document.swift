import Foundation

/// What a full-screen view shows: styled lines that the document view scrolls, searches and wraps.
/// Describe, logs and the detail views each build one from the snapshot; only the lines on screen are
/// drawn, so a long document costs its building, not its drawing.
public struct Document: Hashable, Sendable {
    public var lines: [StyledLine]
    /// Shown when there are no lines.
    public var emptyText: String

    public init(lines: [StyledLine] = [], emptyText: String = "nothing to show") {
        self.lines = lines
        self.emptyText = emptyText
    }

    public mutating func append(_ line: StyledLine) { lines.append(line) }

    public mutating func append(_ text: String, _ role: Theme.Role = .row) { lines.append(StyledLine(text, role)) }

    /// Adds an empty line, unless the document is empty or already ends with one.
    public mutating func appendGap() {
        if let last = lines.last, !last.spans.isEmpty { lines.append(StyledLine()) }
    }

    /// Indices of the lines containing `term`, ignoring case.
    public func matches(of term: String) -> [Int] {
        guard !term.isEmpty else { return [] }
        return lines.indices.filter { lines[$0].text.range(of: term, options: .caseInsensitive) != nil }
    }
}

/// One line of a document: runs of text, each in its own theme role.
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]

    public init(spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, _ role: Theme.Role = .row) {
        spans = [Span(text, role)]
    }

    public var text: String { spans.map(\.text).joined() }

    public mutating func append(_ text: String, _ role: Theme.Role = .row) { spans.append(Span(text, role)) }

    public struct Span: Hashable, Sendable {
        public var text: String
        public var role: Theme.Role

        public init(_ text: String, _ role: Theme.Role = .row) {
            self.text = text
            self.role = role
        }
    }
}
