import Dashboard

/// What the run loop needs from a terminal: its size, a way to show a frame, and key presses.
/// `NcursesTerminal` is the real one; `HeadlessTerminal` stands in for tests and `ecstop snapshot`.
public protocol TerminalScreen: AnyObject {
    /// Columns and rows available right now (they change after a `.resize` key).
    var size: (width: Int, height: Int) { get }

    /// Shows `buffer`, writing only what changed since the last frame.
    func draw(_ buffer: CellBuffer)

    /// Waits up to `timeout` (forever when nil) for a key. Returns nil when the time is up or a
    /// terminating signal arrived, so that the caller can check `TerminationSignals.received`.
    func readKey(timeout: Duration?) -> Key?

    /// True once no more keys can ever arrive (the terminal hung up): time to leave.
    var isInputClosed: Bool { get }
}
