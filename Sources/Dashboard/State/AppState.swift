/// Everything the dashboard remembers between frames: focus, selections, overlays, status.
public struct AppState: Sendable {
    public var glyphs: Glyphs
    public var readOnly: Bool
    public var isFinished = false
    public var status: String?

    public init(glyphs: Glyphs, readOnly: Bool) {
        self.glyphs = glyphs
        self.readOnly = readOnly
    }
}
