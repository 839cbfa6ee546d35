/// A usage bar such as `████░ 80%`, coloured by how full it is.
enum Bar {
    static func draw(
        fraction: Double, label: String, x: Int, y: Int, width: Int, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs,
        override: Style? = nil
    ) {
        let labelWidth = 5
        let barWidth = max(0, width - labelWidth)
        let clamped = min(1, max(0, fraction))
        let filled = Int((clamped * Double(barWidth)).rounded())
        let role: Theme.Role = clamped < 0.6 ? .barLow : clamped < 0.85 ? .barMedium : .barHigh
        buffer.write(String(repeating: glyphs.barFull, count: filled), x: x, y: y, style: override ?? theme[role])
        buffer.write(
            String(repeating: glyphs.barEmpty, count: barWidth - filled), x: x + filled, y: y,
            style: override ?? theme[.barEmpty])
        buffer.write(
            Text.fit(label, to: min(labelWidth, width), alignment: .right, ellipsis: glyphs.ellipsis), x: x + barWidth, y: y,
            style: override ?? theme[.row])
    }
}
