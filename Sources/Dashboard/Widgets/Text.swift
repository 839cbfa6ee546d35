/// Fitting text into columns by display width.
enum Text {
    /// `text` cut to `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: Character) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// `text` fitted to exactly `width` columns: truncated, then padded on the side `alignment` says.
    static func fit(_ text: String, to width: Int, alignment: TableColumn.Alignment, ellipsis: Character) -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignment == .left ? cut + padding : padding + cut
    }
}
