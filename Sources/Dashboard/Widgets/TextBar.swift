/// A usage bar as a document line, `  CPU      ██████░░░░  1536 / 2048 units  75%`: the bar takes
/// whatever the label and the detail leave of the width, coloured by how full it is as `Bar` is.
enum TextBar {
    /// `detailWidth` lines several bars up: each one's detail is padded to it.
    static func line(
        label: String, fraction: Double, detail: String, width: Int, labelWidth: Int = 9, detailWidth: Int = 0
    ) -> StyledLine {
        let detail = detail + String(repeating: " ", count: max(0, detailWidth - DisplayWidth.of(detail)))
        var line = StyledLine()
        line.append("  " + Text.fit(label, to: labelWidth, alignment: .left, ellipsis: "…"), .row)
        let barWidth = width - 2 - labelWidth - 3 - DisplayWidth.of(detail)  // a space before the bar, two after
        // Below a few columns a bar says nothing; the detail alone still does.
        if barWidth >= 3 {
            let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
            let filled = Int((clamped * Double(barWidth)).rounded())
            line.append(" ", .row)
            line.append(String(repeating: "█", count: filled), role(for: clamped))
            line.append(String(repeating: "░", count: barWidth - filled), .barEmpty)
        }
        line.append(" " + (barWidth >= 3 ? " " : "") + detail, .row)
        return line
    }

    static func role(for fraction: Double) -> Theme.Role {
        fraction < 0.6 ? .barLow : fraction < 0.85 ? .barMedium : .barHigh
    }
}
