import Dashboard
import Foundation
import Testing

/// Compares a rendered screen (text and style runs) with a recorded file in `Screens/`. A missing
/// file, or `ECSTOP_RECORD=1`, records it; a missing file also fails, so a new screen is looked at
/// once before it counts.
func expectScreen(_ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = describe(buffer)
    let recorded = try? String(contentsOf: file, encoding: .utf8)
    if recorded == nil || ProcessInfo.processInfo.environment["ECSTOP_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if recorded == nil {
            Issue.record("recorded new screen \(name); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if recorded != actual {
        let wanted = recorded!.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(wanted, got).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = firstDifference.map { "line \($0.offset + 1):\n  recorded: \($0.element.0)\n  rendered: \($0.element.1)" }
            ?? "lengths differ (\(wanted.count) vs \(got.count) lines)"
        Issue.record("screen \(name) differs from Screens/\(name).txt, \(detail)\n(ECSTOP_RECORD=1 re-records)", sourceLocation: sourceLocation)
    }
}

/// The screen as text framed by `|`, then one line per row listing its style runs.
private func describe(_ buffer: CellBuffer) -> String {
    var out = buffer.lines.map { "|" + $0 + "|" }.joined(separator: "\n")
    out += "\n--- styles (row: from-to style)\n"
    for y in 0..<buffer.height {
        var runs: [String] = []
        var x = 0
        while x < buffer.width {
            let style = buffer[x, y].style
            let start = x
            while x < buffer.width, buffer[x, y].style == style { x += 1 }
            if style != .plain { runs.append("\(start)-\(x - 1) \(name(of: style))") }
        }
        if !runs.isEmpty { out += "\(y): " + runs.joined(separator: ", ") + "\n" }
    }
    return out
}

private func name(of style: Style) -> String {
    func color(_ c: Color) -> String {
        switch c {
        case .default: "-"
        case .indexed(let i): "\(i)"
        case .rgb(let r, let g, let b): String(format: "#%02x%02x%02x", r, g, b)
        }
    }
    var parts = ["\(color(style.foreground))/\(color(style.background))"]
    let names: [(Style.Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse"), (.italic, "italic")]
    for (attribute, label) in names where style.attributes.contains(attribute) { parts.append(label) }
    return parts.joined(separator: " ")
}
