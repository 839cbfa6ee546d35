/// One open view and how the user has it: scrolled where, searching for what, and the log toggles.
public struct ViewEntry: Hashable, Sendable {
    public var route: Route
    /// The first line shown.
    public var offset = 0
    /// The term `/` searched for; `n` and `N` move between its matches.
    public var search: String?
    /// Logs: keep the newest line in view as lines arrive.
    public var follow = true
    /// Long lines continue on the next row instead of being cut.
    public var wrap = false
    /// Logs: show each line's time.
    public var timestamps = true

    public init(route: Route) {
        self.route = route
        wrap = route.isLogs
    }
}
