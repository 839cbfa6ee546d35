import CNcurses
import Dashboard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: alternate screen, raw keys, colour pairs made on demand, and
/// only changed cells written each frame. The terminal is given back by `close()` (also on deinit),
/// by `EmergencyRestore` on a crash, and via `TerminationSignals` on SIGTERM, SIGINT and SIGHUP.
public final class NcursesTerminal: TerminalScreen {
    /// False when no UTF-8 locale could be set: the caller should draw with ASCII glyphs.
    public let supportsUnicode: Bool
    /// False with NO_COLOR or on a terminal without colours: attributes only.
    public var usesColor: Bool { colorDepth != .none }
    /// How colours are sent: none, the nearest of a palette's, or 24-bit RGB.
    public let colorDepth: Color.Depth
    /// True once the terminal was asked to report clicks and the wheel (`mouse: true`).
    public let reportsMouse: Bool

    private let screen: OpaquePointer
    private var isClosed = false
    private var previousFrame: CellBuffer?
    private var needsFullRedraw = true
    private var hasDefaultColors = false
    private var colorPairs: [ColorPairKey: Int32] = [:]
    private var nextColorPair: Int32 = 1
    /// One cell's characters for setcchar: up to 5 scalars plus the terminating zero.
    private var cellCharacters = [wchar_t](repeating: 0, count: 6)

    /// How long one wait may last before re-checking for a termination signal, in case the signal
    /// arrives just before the wait starts (and so cannot interrupt it).
    private static let signalCheckInterval: Duration = .milliseconds(500)

    /// Whether colours are wanted: the NO_COLOR convention (https://no-color.org) says any non-empty value
    /// turns them off.
    public static func colorsAllowed(environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Takes over the terminal. Throws, with the terminal untouched, when TERM is missing or unknown or
    /// when standard input or output is not a terminal. `mouse` asks for clicks and the wheel, which
    /// takes text selection away from the terminal (most still select with Shift held).
    public init(colors: Bool = true, mouse: Bool = false) throws(TerminalError) {
        supportsUnicode = Self.selectUTF8Locale()

        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .termNotSet }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }

        var shellModes = termios()
        _ = tcgetattr(STDIN_FILENO, &shellModes)
        TerminationSignals.install()

        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting the process.
        let environment = ["COLORTERM": getenv("COLORTERM").map { String(cString: $0) } ?? ""]
        let direct = colors ? Color.Depth.directVariant(ofTerminal: term, environment: environment) : nil
        guard let screen = direct.flatMap({ newterm($0, ecstop_stdout(), ecstop_stdin()) })
            ?? newterm(nil, ecstop_stdout(), ecstop_stdin())
        else { throw .unknownTerminalType(term) }
        self.screen = screen
        _ = set_term(screen)
        EmergencyRestore.arm(termios: shellModes, mouse: mouse)

        _ = raw()  // Ctrl-C arrives as a key; SIGINT from elsewhere is still caught.
        _ = noecho()
        _ = keypad(ecstop_stdscr(), true)
        _ = leaveok(ecstop_stdscr(), true)
        _ = curs_set(0)
        _ = set_escdelay(25)  // Escape alone should feel instant; sequences arrive well within 25 ms.

        if colors, has_colors() {
            _ = start_color()
            hasDefaultColors = use_default_colors() == ecstop_ok()
            colorDepth = Color.Depth(colors: Int(ecstop_colors()))
        } else {
            colorDepth = .none
        }
        reportsMouse = mouse && ecstop_enable_mouse() != 0
    }

    deinit { close() }

    /// Ends curses and gives the terminal back as it was. Safe to call more than once.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = endwin()
        EmergencyRestore.disarm()
        delscreen(screen)
    }

    public var size: (width: Int, height: Int) {
        (Int(ecstop_cols()), Int(ecstop_lines()))
    }

    public func draw(_ buffer: CellBuffer) {
        guard !isClosed else { return }
        if needsFullRedraw || previousFrame.map({ $0.width != buffer.width || $0.height != buffer.height }) ?? true {
            _ = werase(ecstop_stdscr())
            _ = clearok(ecstop_stdscr(), true)  // repaint the physical screen too, not just our copy
            previousFrame = nil
            needsFullRedraw = false
        }
        // The screen may have shrunk since this frame was rendered: clip to what curses has now.
        let (columns, rows) = size
        for change in buffer.changes(since: previousFrame) where change.y < rows {
            var x = change.x
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                let isWide = DisplayWidth.of(cell.character) == 2
                if x + (isWide ? 2 : 1) > columns { break }
                put(cell, x: x, y: change.y)
            }
        }
        previousFrame = buffer
        _ = refresh()
    }

    public private(set) var isInputClosed = false

    /// Sleeps in poll(2) rather than in curses: poll always returns early on a signal (EINTR), and it
    /// reports a hang-up, where a read would fail at once and turn the run loop into a busy loop.
    public func readKey(timeout: Duration?) -> Key? {
        guard !isClosed, !isInputClosed else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while TerminationSignals.received == nil {
            // What curses has buffered (the rest of a paste) or what is readable now; a resize too.
            if let key = nextKey() { return key }
            var wait = Self.signalCheckInterval
            if let deadline { wait = max(.zero, min(wait, deadline - clock.now)) }
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&input, 1, Int32((wait / .milliseconds(1)).rounded(.up)))
            if ready > 0 {
                if let key = nextKey() { return key }
                if input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                    isInputClosed = true  // the terminal is gone
                    return nil
                }
            }
            if let deadline, clock.now >= deadline { return nil }
        }
        return nil
    }

    /// A key that can be read without waiting (curses still waits ESCDELAY inside an escape sequence).
    private func nextKey() -> Key? {
        wtimeout(ecstop_stdscr(), 0)
        while true {
            var code: wint_t = 0
            let result = ecstop_get_wch(&code)
            if result == ecstop_err() { return nil }
            if result == ecstop_key_code_yes(), Int32(bitPattern: UInt32(code)) == ecstop_key_mouse() {
                if let event = readMouse() { return .mouse(event) }
                continue  // a release or another button
            }
            guard let key = CursesKeyDecoder.key(result: result, code: UInt32(code)) else { continue }  // ignored key
            if key == .resize { needsFullRedraw = true }
            return key
        }
    }

    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind: MouseEvent.Kind
        switch ecstop_read_mouse(&x, &y) {
        case 1: kind = .click
        case 2: kind = .wheelUp
        case 3: kind = .wheelDown
        default: return nil
        }
        return MouseEvent(x: Int(x), y: Int(y), kind: kind)
    }

    // MARK: - Cells

    private func put(_ cell: Cell, x: Int, y: Int) {
        var count = 0
        for scalar in cell.character.unicodeScalars.prefix(5) {
            cellCharacters[count] = wchar_t(bitPattern: printable(scalar).value)
            count += 1
        }
        cellCharacters[count] = 0
        let attributes = attributes(for: cell.style.attributes)
        let pair = colorPair(for: cell.style)
        // Writing the bottom-right cell reports ERR (the cursor cannot advance) but the cell is written.
        _ = ecstop_put_cell(Int32(y), Int32(x), cellCharacters, attributes, pair)
    }

    /// Control characters would show as ^X and move everything after them; outside UTF-8 only ASCII is safe.
    private func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x20 || scalar.value == 0x7F { return " " }
        if !supportsUnicode, !scalar.isASCII { return "?" }
        return scalar
    }

    private func attributes(for attributes: Style.Attributes) -> attr_t {
        var result = ecstop_a_normal()
        if attributes.contains(.bold) { result |= ecstop_a_bold() }
        if attributes.contains(.dim) { result |= ecstop_a_dim() }
        if attributes.contains(.underline) { result |= ecstop_a_underline() }
        if attributes.contains(.reverse) { result |= ecstop_a_reverse() }
        if attributes.contains(.italic) { result |= ecstop_a_italic() }
        return result
    }

    /// The colour pair for a style's colours, made the first time it is needed. Pair 0 (the terminal's
    /// default colours) when colours are off or the terminal has run out of pairs.
    private func colorPair(for style: Style) -> Int32 {
        guard usesColor else { return 0 }
        var foreground = style.foreground.terminalNumber(depth: colorDepth) ?? -1
        var background = style.background.terminalNumber(depth: colorDepth) ?? -1
        if !hasDefaultColors {
            // Without use_default_colors, -1 is not allowed: assume light text on a dark screen.
            if foreground < 0 { foreground = 7 }
            if background < 0 { background = 0 }
        }
        if foreground < 0, background < 0 { return 0 }
        let key = ColorPairKey(foreground: Int32(foreground), background: Int32(background))
        if let pair = colorPairs[key] { return pair }
        guard nextColorPair < ecstop_color_pairs(),
              ecstop_init_pair(nextColorPair, key.foreground, key.background) == ecstop_ok()
        else { return 0 }
        colorPairs[key] = nextColorPair
        nextColorPair += 1
        return nextColorPair - 1
    }

    private struct ColorPairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    // MARK: - Locale

    /// Takes the locale from the environment; when that is not UTF-8 (plain "C" or "POSIX"), tries
    /// C.UTF-8. Returns whether a UTF-8 locale is in effect.
    private static func selectUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        if setlocale(LC_ALL, "C.UTF-8") != nil, isUTF8Codeset() { return true }
        return false
    }

    private static func isUTF8Codeset() -> Bool {
        guard let codeset = ecstop_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
