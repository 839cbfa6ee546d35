import CNcurses
import Dashboard

/// Turns what `get_wch` returns into a `Key`: curses key codes (arrows, function keys, resize) and
/// plain characters (Enter, Escape, Ctrl-letters, printable text).
enum CursesKeyDecoder {
    /// `result` is get_wch's return value (OK or KEY_CODE_YES), `code` the character or key code.
    /// Returns nil for keys the dashboard has no use for.
    static func key(result: Int32, code: UInt32) -> Key? {
        if result == ecstop_key_code_yes() { return functionKey(Int32(bitPattern: code)) }
        return characterKey(code)
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case ecstop_key_up(): return .up
        case ecstop_key_down(): return .down
        case ecstop_key_left(): return .left
        case ecstop_key_right(): return .right
        case ecstop_key_ppage(): return .pageUp
        case ecstop_key_npage(): return .pageDown
        case ecstop_key_home(): return .home
        case ecstop_key_end(): return .end
        case ecstop_key_btab(): return .backTab
        case ecstop_key_enter(): return .enter
        case ecstop_key_backspace(): return .backspace
        case ecstop_key_dc(): return .delete
        case ecstop_key_resize(): return .resize
        case ecstop_key_f(1)...ecstop_key_f(63): return .function(Int(code - ecstop_key_f(0)))
        default: return nil
        }
    }

    private static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter  // raw mode may or may not translate CR
        case 27: return .escape
        case 127, 8: return .backspace  // terminals disagree on which one Backspace sends
        case 9: return .tab
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
