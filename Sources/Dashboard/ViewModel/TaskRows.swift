import Foundation

/// Tasks of one service or one instance: those meant to run first (oldest first), then the stopped
/// ones still listed (most recently stopped first). Listed by instance, the fifth column says which
/// service (or family) a task belongs to instead of where it runs.
struct TaskRows: PaneRows {
    let tasks: ChunkedArray<Task>
    /// Positions in `tasks`, in display order.
    let order: [Int]
    let now: Date
    let isByInstance: Bool
    let columns: [TableColumn]

    init(tasks: ChunkedArray<Task>, now: Date, isByInstance: Bool) {
        self.tasks = tasks
        self.now = now
        self.isByInstance = isByInstance
        let active = tasks.indices.filter { tasks[$0].desiredStatus != .stopped }
        let stopping = tasks.indices.filter { tasks[$0].desiredStatus == .stopped }
        let since: (Int) -> Date = { tasks[$0].stoppedAt ?? tasks[$0].stoppingAt ?? tasks[$0].createdAt }
        order = active + stopping.sorted { since($0) > since($1) }
        columns = [
            TableColumn("TASK", width: 8, isFlexible: true),
            TableColumn("LAST", width: 14),
            TableColumn("DESIRED", width: 7, dropOrder: 2),
            TableColumn("HEALTH", width: 7, dropOrder: 4),
            isByInstance ? TableColumn("GROUP", width: 12, dropOrder: 3) : TableColumn("INSTANCE", width: 10, dropOrder: 3),
            TableColumn("PORT", width: 5, alignment: .right, dropOrder: 5),
            TableColumn("AGE", width: 4, alignment: .right, dropOrder: 1),
        ]
    }

    var count: Int { order.count }
    var emptyText: String { "no tasks" }

    func id(at index: Int) -> String { tasks[order[index]].id }

    func task(at index: Int) -> Task { tasks[order[index]] }

    /// Id, statuses, where it runs and its group: no cells built.
    func filterText(at index: Int) -> String {
        let task = tasks[order[index]]
        return "\(task.id) \(task.lastStatus.rawValue) \(task.desiredStatus.rawValue) \(task.healthStatus.rawValue) "
            + "\(task.ec2InstanceID ?? "fargate") \(task.group)"
    }

    func index(of id: String) -> Int? { order.firstIndex { tasks[$0].id == id } }

    /// AGE sorts by the exact time, not its rounded label; the rest as shown.
    func sortKey(column: Int, at index: Int) -> SortKey {
        if column == columns.count - 1 {
            let task = tasks[order[index]]
            return .number(now.timeIntervalSince(task.stoppedAt ?? task.startedAt ?? task.createdAt))
        }
        let cells = cells(at: index)
        return column < cells.count ? SortKey(cells[column]) : .text("")
    }

    func cells(at index: Int) -> [TableCell] {
        let task = tasks[order[index]]
        let since = task.stoppedAt ?? task.startedAt ?? task.createdAt
        let health: Theme.Role = switch task.healthStatus {
        case .healthy: .statusRunning
        case .unhealthy: .unhealthy
        case .unknown: .dim
        }
        let instance = task.ec2InstanceID ?? (task.launchType == .fargate ? "fargate" : "-")
        return [
            .text(task.id),
            .text(task.lastStatus.rawValue, Format.role(for: task.lastStatus)),
            .text(task.desiredStatus.rawValue, task.desiredStatus == .stopped ? .statusStopped : .row),
            .text(task.healthStatus.rawValue, health),
            .text(isByInstance ? task.group : instance),
            .text(task.firstHostPort.map(String.init) ?? "-"),
            .text(Format.age(now.timeIntervalSince(since))),
        ]
    }
}
