/// A multi-row history chart as document lines: a title with the latest value and the range, then
/// `height` rows of block glyphs, newest sample on the right, a value axis on the left.
///
/// Each row holds eight heights (▁…█), so a chart of `height` rows resolves `height × 8` levels; the
/// bottom row always shows at least ▁ where there is a sample, so a run of zeros still reads as data.
enum Chart {
    /// From one eighth of a row to a full one.
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// - Parameters:
    ///   - range: the values at the bottom and the top; nil spans the samples' own minimum and maximum.
    ///   - format: how values read on the title and the axis (`62%`, `1200/min`).
    static func lines(
        title: String, samples: [Double], height: Int, width: Int, range: ClosedRange<Double>? = nil,
        format: (Double) -> String
    ) -> [StyledLine] {
        var heading = StyledLine()
        heading.append(title, .tableHeader)
        guard let last = samples.last, let low = samples.min(), let high = samples.max() else {
            heading.append("  no data yet", .dim)
            return [heading]
        }
        heading.append("  " + format(last), .row)
        heading.append("   min \(format(low))  max \(format(high))", .dim)
        guard height > 0 else { return [heading] }

        let scale = range ?? low...high
        let span = scale.upperBound - scale.lowerBound
        let top = format(scale.upperBound), bottom = format(scale.lowerBound)
        let axisWidth = max(DisplayWidth.of(top), DisplayWidth.of(bottom))
        // Too narrow for an axis: the plot alone, at least one column.
        let hasAxis = width >= axisWidth + 2
        let plotWidth = hasAxis ? width - axisWidth - 1 : max(1, width)

        let shown = samples.suffix(plotWidth)
        let eighths = shown.map { sample -> Int in
            // A flat series (or a degenerate range) sits on the bottom row.
            let fraction = span > 0 ? (sample - scale.lowerBound) / span : 0
            return Int((min(1, max(0, fraction)) * Double(height * 8)).rounded())
        }
        let padding = String(repeating: " ", count: plotWidth - shown.count)

        var rows: [StyledLine] = []
        rows.reserveCapacity(height + 1)
        rows.append(heading)
        for row in 0..<height {
            let level = height - 1 - row  // 0 is the bottom row
            var plot = padding
            for total in eighths {
                let part = total - level * 8
                if part >= 8 {
                    plot.append(blocks[7])
                } else if part > 0 {
                    plot.append(blocks[part - 1])
                } else {
                    plot.append(level == 0 ? blocks[0] : " ")
                }
            }
            var line = StyledLine()
            if hasAxis {
                let label = row == 0 ? top : row == height - 1 ? bottom : ""
                line.append(Text.fit(label, to: axisWidth, alignment: .right, ellipsis: "…") + "│", .dim)
            }
            line.append(plot, .chart)
            rows.append(line)
        }
        return rows
    }
}
