import Dashboard

/// A terminal without a screen: keeps the last frame it was given and plays back scripted keys.
/// Used by tests and by `ecstop snapshot`.
public final class HeadlessTerminal: TerminalScreen {
    public private(set) var size: (width: Int, height: Int)
    /// The most recent frame drawn, as the screen would show it.
    public private(set) var lastFrame: CellBuffer?
    public private(set) var framesDrawn = 0
    private var pendingKeys: [Key]

    public init(width: Int, height: Int, keys: [Key] = []) {
        size = (width, height)
        pendingKeys = keys
    }

    /// Adds keys to be returned by later `readKey` calls, in order.
    public func enqueue(_ keys: Key...) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Changes the size as a window resize would, and queues the `.resize` key that announces it.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        pendingKeys.append(.resize)
    }

    /// Scripted keys never run out in a way that ends a session.
    public var isInputClosed: Bool { false }

    /// The last frame as plain text (empty before the first frame).
    public var text: String { lastFrame?.text ?? "" }

    public func draw(_ buffer: CellBuffer) {
        lastFrame = buffer
        framesDrawn += 1
    }

    /// Returns the next scripted key at once, or nil when there is none: a headless run never waits.
    public func readKey(timeout: Duration?) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }
}
