/// What handling a key asks the outside world to do.
enum Effect: Hashable, Sendable {
    case command(ControlPlaneCommand)
    /// Switch to the theme with this name.
    case loadTheme(String)
    /// Read the real endpoint again now.
    case refresh
}
