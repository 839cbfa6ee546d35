@_exported import ECSModel

/// The whole dashboard behind one small surface: keys in, commands out, frames rendered on demand.
/// The run loop owns a `Dashboard`, a `ControlPlane` and a terminal, and only moves data between them.
public struct Dashboard {
    public private(set) var state: AppState
    public var theme: Theme

    public init(theme: Theme = .default, glyphs: Glyphs = .unicode, readOnly: Bool = false) {
        self.theme = theme
        state = AppState(glyphs: glyphs, readOnly: readOnly)
    }

    /// True once the user asked to quit.
    public var isFinished: Bool { state.isFinished }

    /// Handles one key press against what is on screen; returns what the control plane should do.
    public mutating func handle(_ key: Key, in snapshot: ControlPlaneSnapshot) -> [ControlPlaneCommand] {
        if key == .control("c") || key == .character("q") { state.isFinished = true }
        return []
    }

    /// Tells the dashboard how a command it asked for turned out, for the status line.
    public mutating func report(_ command: ControlPlaneCommand, error: ECSError?) {
        state.status = error.map { "\($0.type): \($0.message)" }
    }

    /// Renders one frame.
    public func render(_ snapshot: ControlPlaneSnapshot, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        buffer.write(" ecstop", x: 0, y: 0, style: theme.header)
        return buffer
    }
}
