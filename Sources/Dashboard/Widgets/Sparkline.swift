/// A one-row history chart: each sample (0…1) becomes one block of eight heights.
enum Sparkline {
    static func string(_ samples: some Collection<Double>, width: Int, glyphs: Glyphs) -> String {
        let recent = samples.suffix(width)
        let levels = glyphs.sparkline
        var line = String(repeating: " ", count: max(0, width - recent.count))
        for sample in recent {
            let clamped = min(1, max(0, sample))
            line.append(levels[min(levels.count - 1, Int(clamped * Double(levels.count - 1) + 0.5))])
        }
        return line
    }
}
