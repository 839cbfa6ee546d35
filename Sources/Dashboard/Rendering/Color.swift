/// A colour as a theme names it. Terminals with fewer colours get the nearest one they have.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// 0–255: the 16 ANSI colours, the 6×6×6 cube, the grey ramp.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0), red = Color.indexed(1), green = Color.indexed(2)
    public static let yellow = Color.indexed(3), blue = Color.indexed(4), magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6), white = Color.indexed(7)

    /// The palette index for a terminal with `colors` colours (8, 16, 256); nil for the default colour.
    public func paletteIndex(colors: Int) -> Int? {
        switch self {
        case .default:
            return nil
        case .indexed(let index):
            if Int(index) < colors { return Int(index) }
            return Self.nearestBasic(rgb: Self.rgb(ofIndex: index), colors: colors)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Self.nearest256(r: r, g: g, b: b) }
            return Self.nearestBasic(rgb: (Int(r), Int(g), Int(b)), colors: colors)
        }
    }

    /// How many colours a terminal can show, from what curses reports and what the terminal says.
    public enum Depth: Hashable, Sendable {
        /// No colours at all (or NO_COLOR): attributes only.
        case none
        /// A palette of 8, 16 or 256 colours.
        case palette(Int)
        /// 24-bit colour: curses takes 0xRRGGBB as the colour number (a `*-direct` terminfo entry).
        case direct

        /// The depth curses reports: COLORS is 2^24 for direct-colour entries, 8, 16 or 256 otherwise.
        public init(colors: Int) {
            if colors >= 1 << 24 {
                self = .direct
            } else if colors >= 8 {
                self = .palette(colors >= 256 ? 256 : colors >= 16 ? 16 : 8)
            } else {
                self = .none
            }
        }

        /// Whether the terminal itself says it shows 24-bit colour (`COLORTERM=truecolor` or `24bit`),
        /// whatever its terminfo entry claims.
        public static func announcesTrueColor(environment: [String: String]) -> Bool {
            let value = (environment["COLORTERM"] ?? "").lowercased()
            return value == "truecolor" || value == "24bit"
        }

        /// The direct-colour terminfo entry to ask curses for when the terminal announces 24-bit colour
        /// but TERM names a palette entry: `xterm-256color` becomes `xterm-direct`. Only for the plain
        /// `NAME` and `NAME-256color` entries, so that a terminal's own entry (`xterm-kitty`) is kept;
        /// the caller falls back to TERM when the variant is not installed.
        public static func directVariant(ofTerminal term: String, environment: [String: String]) -> String? {
            guard announcesTrueColor(environment: environment) else { return nil }
            let family = term.hasSuffix("-256color") ? String(term.dropLast("-256color".count)) : term
            guard !family.isEmpty, !family.contains("-") else { return nil }
            return family + "-direct"
        }
    }

    /// The colour number to hand curses at `depth`; nil for the terminal's own colour (and always at
    /// `.none`). In direct colour, numbers below 8 still mean the ANSI colours (the terminfo entries send
    /// those as SGR 30–37), so every other colour goes as RGB and never lands below 8 by accident.
    public func terminalNumber(depth: Depth) -> Int? {
        switch depth {
        case .none:
            return nil
        case .palette(let colors):
            return paletteIndex(colors: colors)
        case .direct:
            switch self {
            case .default:
                return nil
            case .indexed(let index) where index < 8:
                return Int(index)
            case .indexed(let index):
                let (r, g, b) = Self.rgb(ofIndex: index)
                return max(8, r << 16 | g << 8 | b)
            case .rgb(let r, let g, let b):
                return max(8, Int(r) << 16 | Int(g) << 8 | Int(b))
            }
        }
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static func nearest256(r: UInt8, g: UInt8, b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(v)) < abs(cubeLevels[$1] - Int(v)) }!
        }
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * lr + 6 * lg + lb
        let cubeRGB = (cubeLevels[lr], cubeLevels[lg], cubeLevels[lb])
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let greyValue = 8 + greyStep * 10
        let target = (Int(r), Int(g), Int(b))
        return distance(target, (greyValue, greyValue, greyValue)) < distance(target, cubeRGB) ? 232 + greyStep : cube
    }

    private static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    private static func nearestBasic(rgb: (Int, Int, Int), colors: Int) -> Int {
        let count = min(colors, 16)
        return (0..<count).min { distance(rgb, basicRGB[$0]) < distance(rgb, basicRGB[$1]) } ?? 7
    }

    private static func rgb(ofIndex index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 { return basicRGB[i] }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let c = i - 16
        return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
