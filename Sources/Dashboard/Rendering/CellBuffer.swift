/// A grid of cells: what one frame looks like. Widgets draw into it; the terminal writes the difference
/// between two buffers.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            let row = y * width
            for x in clipped.x..<clipped.maxX { cells[row + x] = cell }
        }
    }

    /// Restyles the cells of `rect`, keeping their characters.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * width + x].style = style }
        }
    }

    /// Writes `text` from (x, y), never past `maxX` (exclusive) or the buffer's edge. A wide character
    /// that would not fit whole is left out. Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var column = x
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > limit { break }
            if column >= 0 {
                cells[y * width + column] = Cell(character, style: style)
                if columns == 2 { cells[y * width + column + 1] = Cell(Cell.continuation.character, style: style) }
            }
            column += columns
        }
        return column
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(rect.maxX, width) - x0, height: min(rect.maxY, height) - y0)
    }

    // MARK: - Reading back

    /// Each row as text, with trailing spaces kept (the screen as a person sees it).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            return line
        }
    }

    /// The screen as plain text, trailing spaces trimmed, one row a line.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Runs of cells on one row that differ from `previous` (everything when the sizes differ).
    public func changes(since previous: CellBuffer?) -> [Change] {
        var result: [Change] = []
        let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
        for y in 0..<height {
            var x = 0
            while x < width {
                if sameSize, let previous, previous.cells[y * width + x] == cells[y * width + x] {
                    x += 1
                    continue
                }
                let start = x
                while x < width, !(sameSize && previous!.cells[y * width + x] == cells[y * width + x]) { x += 1 }
                // Never start a run on the right half of a wide character: back up to its left half.
                let from = start > 0 && cells[y * width + start].isContinuation ? start - 1 : start
                result.append(Change(x: from, y: y, cells: Array(cells[(y * width + from)..<(y * width + x)])))
            }
        }
        return result
    }

    /// Cells to write at (x, y), left to right.
    public struct Change: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }
}

extension CellBuffer {
    /// Replaces every character outside ASCII with a look-alike (`·` → `-`, `→` → `>`, `…` → `~`) or `?`,
    /// for terminals without a UTF-8 locale. One pass at the end of a frame, so no widget can leak.
    public mutating func transliterateToASCII() {
        for index in cells.indices {
            let character = cells[index].character
            guard !character.isASCII else { continue }
            if cells[index].isContinuation {
                cells[index].character = "?"
            } else {
                cells[index].character = Self.asciiLookAlikes[character] ?? "?"
            }
        }
    }

    private static let asciiLookAlikes: [Character: Character] = [
        "·": "-", "→": ">", "←": "<", "↑": "^", "↓": "v", "…": "~", "≥": ">", "≤": "<", "▶": ">", "─": "-", "│": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "█": "#", "░": ".", "▁": ".", "▂": ".", "▃": ":", "▄": ":", "▅": "-",
        "▆": "=", "▇": "+", "×": "x",
    ]
}
