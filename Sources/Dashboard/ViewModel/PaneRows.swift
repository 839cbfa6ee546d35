import Foundation

/// A pane's rows, produced on demand: a pane over 50,000 tasks builds only the rows on screen.
public protocol PaneRows {
    var columns: [TableColumn] { get }
    var count: Int { get }
    func id(at index: Int) -> String
    func cells(at index: Int) -> [TableCell]
    /// Where the row with `id` is now, if anywhere.
    func index(of id: String) -> Int?
    /// Shown when there are no rows.
    var emptyText: String { get }
    /// What the pane's filter looks in.
    func filterText(at index: Int) -> String
    /// What sorting by the `column`-th column compares.
    func sortKey(column: Int, at index: Int) -> SortKey
}

extension PaneRows {
    public func index(of id: String) -> Int? { (0..<count).first { self.id(at: $0) == id } }

    /// Every text cell of the row; rows can offer something cheaper.
    public func filterText(at index: Int) -> String {
        cells(at: index).map { cell in
            switch cell {
            case .text(let text, _): text
            case .bar(_, let label): label
            }
        }.joined(separator: " ")
    }

    public func sortKey(column: Int, at index: Int) -> SortKey {
        let cells = cells(at: index)
        return column < cells.count ? SortKey(cells[column]) : .text("")
    }
}

/// Formats shared by the panes.
enum Format {
    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    /// `3s`, `5m`, `2h`, `3d`: how long ago, as the tasks pane shows ages.
    static func age(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86400 { return "\(s / 3600)h" }
        return "\(s / 86400)d"
    }

    /// HH:MM:SS of a time of day (UTC).
    static func clock(_ secondsSinceEpoch: Double) -> String {
        let s = Int(secondsSinceEpoch.rounded(.down)) % 86400
        return String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }

    /// `1a` from `us-east-1a`.
    static func shortZone(_ zone: String) -> String {
        guard let dash = zone.lastIndex(of: "-") else { return zone }
        return String(zone[zone.index(after: dash)...])
    }

    static func role(for status: TaskStatus) -> Theme.Role {
        switch status {
        case .running: .statusRunning
        case .provisioning, .pending, .activating: .statusPending
        case .deactivating, .stopping, .deprovisioning: .statusDraining
        case .stopped: .statusStopped
        }
    }
}
