/// Everything the dashboard remembers between frames: focus, selections, overlays, status.
public struct AppState: Sendable {
    public var glyphs: Glyphs
    public var readOnly: Bool
    public var isFinished = false
    public var focus: Pane = .services
    public var selections: [Pane: PaneSelection] = [:]
    public var taskScope: TaskScope = .service
    public var overlay: Overlay?
    public var status: StatusMessage?
    /// Last screen size the dashboard was told of, for paging and keeping the cursor in view.
    public var screenWidth = 120
    public var screenHeight = 36
    /// Typed `:` commands, oldest first.
    public var commandHistory: [String] = []

    public init(glyphs: Glyphs, readOnly: Bool) {
        self.glyphs = glyphs
        self.readOnly = readOnly
    }

    public func selection(of pane: Pane) -> PaneSelection { selections[pane] ?? PaneSelection() }
}

/// What the Tasks pane lists: the selected service's tasks, or the tasks on the selected instance.
public enum TaskScope: Hashable, Sendable {
    case service, instance
}
