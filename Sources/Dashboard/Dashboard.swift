import Foundation
@_exported import ECSModel

/// The whole dashboard behind one small surface: keys in, commands out, frames rendered on demand.
/// The run loop owns a `Dashboard`, a `ControlPlane` and a terminal, and only moves data between them.
public struct Dashboard {
    public private(set) var state: AppState
    public private(set) var theme: Theme
    public let keymap: Keymap
    public let themes: ThemeLibrary
    /// The themes found when the dashboard started, for completing `:theme`.
    private let themeNames: [String]
    /// Sorted and filtered pane orders, kept between keys and frames of one snapshot revision.
    public let arrangementCache = ArrangementCache()
    private var refreshRequested = false
    /// What the logs view's lines were last read for.
    private var logsFetched: LogsFetch?

    private struct LogsFetch: Equatable {
        var route: Route
        var revision: UInt64
    }

    public init(
        theme: Theme = .default, glyphs: Glyphs = .unicode, readOnly: Bool = false, keymap: Keymap = .standard,
        themes: ThemeLibrary = ThemeLibrary(folders: [])
    ) {
        self.theme = theme
        self.keymap = keymap
        self.themes = themes
        themeNames = themes.availableThemes()
        state = AppState(glyphs: glyphs, readOnly: readOnly)
    }

    /// True once the user asked to quit.
    public var isFinished: Bool { state.isFinished }

    /// Handles one key press against what is on screen; returns what the control plane should do. In
    /// read-only mode nothing returned changes the cluster: the reducer's gate refused the action first.
    public mutating func handle(_ key: Key, in snapshot: ControlPlaneSnapshot) -> [ControlPlaneCommand] {
        let effects = Reducer(snapshot: snapshot, state: state, keymap: keymap, themeNames: themeNames, cache: arrangementCache)
            .handle(key, state: &state)
        var commands: [ControlPlaneCommand] = []
        for effect in effects {
            switch effect {
            case .command(let command):
                commands.append(command)
            case .refresh:
                refreshRequested = true
            case .loadTheme(let name):
                do {
                    theme = try themes.theme(named: name)
                    state.status = StatusMessage("theme \(name)")
                } catch where error.line == nil && error.problem.hasPrefix("no such theme") {
                    state.status = StatusMessage(
                        "no theme named '\(name)' (available: \(themeNames.joined(separator: ", ")))", isError: true)
                } catch {
                    state.status = StatusMessage("theme: \(error)", isError: true)
                }
            }
        }
        return commands
    }

    /// Whether the user asked to read the endpoint again (Ctrl-R); taking it clears it.
    public mutating func takeRefreshRequest() -> Bool {
        defer { refreshRequested = false }
        return refreshRequested
    }

    /// Tells the dashboard how a command it asked for turned out, for the status line.
    public mutating func report(_ command: ControlPlaneCommand, error: ECSError?) {
        if let error { state.status = StatusMessage("\(error.type): \(error.message)", isError: true) }
    }

    /// Shows a message on the status line, as a command's result would be.
    public mutating func show(_ message: StatusMessage) {
        state.status = message
    }

    /// Lets real time pass for what fades: the status toast.
    public mutating func tick(wallElapsed: Duration) {
        guard var status = state.status else { return }
        status.age += wallElapsed
        state.status = status.hasExpired ? nil : status
    }

    /// Whether the screen changes with time alone even when the control plane does not (a toast fading).
    public var needsTimedRedraw: Bool { state.status != nil }

    /// Fetches the newest log lines for an open logs view (call once a frame, before rendering): a task's
    /// own, or those of a service's tasks meant to run, interleaved by time.
    public mutating func refreshLogs(from controlPlane: any ControlPlane, snapshot: ControlPlaneSnapshot) {
        guard let route = state.openView?.route, case .logs(let subject) = route else {
            if !state.logLines.isEmpty { state.logLines = [] }
            logsFetched = nil
            return
        }
        // Lines are made on demand (dozens of tasks' worth for a service): only again once the state
        // has moved. Revision 0 does not track changes, so it always reads.
        let fetch = LogsFetch(route: route, revision: snapshot.revision)
        if snapshot.revision != 0, logsFetched == fetch, !state.logLines.isEmpty { return }
        logsFetched = fetch
        let previous = state.logLines
        defer { keepPlace(after: previous) }
        let limit = Self.logLineLimit
        switch subject {
        case .task(let cluster, let task):
            state.logLines = controlPlane.logEvents(cluster: cluster, task: task, limit: limit)
                .map { LogLine(taskID: task, event: $0) }
        case .service(let cluster, let name):
            let tasks = snapshot.cluster(named: cluster)?.service(named: name)?.tasks.filter { $0.desiredStatus != .stopped } ?? []
            var lines: [LogLine] = []
            // Each task gives its newest lines; the window starts where every task's lines do, so the
            // oldest lines shown are not one task's alone.
            var start = Date.distantPast
            for task in tasks.suffix(Self.logTasksPerService) {
                let events = controlPlane.logEvents(cluster: cluster, task: task.id, limit: limit / 4)
                if events.count == limit / 4, let first = events.first { start = max(start, first.timestamp) }
                lines += events.map { LogLine(taskID: task.id, event: $0) }
            }
            lines.removeAll { $0.event.timestamp < start }
            lines.sort { ($0.event.timestamp, $0.taskID) < ($1.event.timestamp, $1.taskID) }
            state.logLines = Array(lines.suffix(limit))
        case .cluster, .instance:
            state.logLines = []
        }
    }

    /// When the newest lines push the oldest out of a logs view that is not following, the view moves
    /// up by as many lines, so what the user is reading stays on screen (as in `less`).
    private mutating func keepPlace(after previous: [LogLine]) {
        guard var entry = state.openView, entry.route.isLogs, !entry.follow, previous.indices.contains(entry.offset) else { return }
        let reading = previous[entry.offset]
        let lines = state.logLines
        entry.offset = lines.firstIndex(of: reading) ?? lines.firstIndex { $0.event.timestamp >= reading.event.timestamp } ?? 0
        state.navigation.top = entry
    }

    /// The most log lines a logs view holds, and how many of a service's tasks it reads.
    static let logLineLimit = 1000
    static let logTasksPerService = 10

    /// The terminal's size, for paging by a pane's height.
    public mutating func resize(width: Int, height: Int) {
        state.screenWidth = width
        state.screenHeight = height
    }

    /// Renders one frame.
    public func render(_ snapshot: ControlPlaneSnapshot, width: Int, height: Int) -> CellBuffer {
        DashboardScreen(state: state, keymap: keymap, theme: theme, cache: arrangementCache)
            .render(snapshot, width: width, height: height)
    }
}
