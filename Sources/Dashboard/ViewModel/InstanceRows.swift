/// The cluster's container instances, then one row for Fargate capacity when the cluster uses it
/// (Fargate has no instances to list, but its tasks need a home on screen).
struct InstanceRows: PaneRows {
    static let fargateRowID = "FARGATE"

    let instances: ChunkedArray<ContainerInstance>
    /// Tasks on Fargate meant to run; nil when the cluster has none.
    let fargateTasks: Int?

    let columns = [
        TableColumn("INSTANCE", width: 10, isFlexible: true),
        TableColumn("AZ", width: 3, dropOrder: 3),
        TableColumn("TYPE", width: 9, dropOrder: 5),
        TableColumn("ASG", width: 8, dropOrder: 6),
        TableColumn("STATUS", width: 8),
        TableColumn("TASKS", width: 5, alignment: .right),
        TableColumn("CPU", width: 9, dropOrder: 1),
        TableColumn("MEM", width: 9, dropOrder: 2),
    ]

    var count: Int { instances.count + (fargateTasks == nil ? 0 : 1) }
    var emptyText: String { "no container instances" }

    func isFargateRow(_ index: Int) -> Bool { index == instances.count }

    func id(at index: Int) -> String { isFargateRow(index) ? Self.fargateRowID : instances[index].id }

    /// What the filter looks in, without building the row's cells (thousands of instances).
    func filterText(at index: Int) -> String {
        if isFargateRow(index) { return "FARGATE ACTIVE" }
        let instance = instances[index]
        return "\(instance.ec2InstanceID) \(instance.id) \(instance.availabilityZone) \(instance.instanceType) "
            + "\(instance.autoScalingGroupName ?? "") \(statusText(of: instance))"
    }

    /// Sort keys straight from the instance, in the columns' order.
    func sortKey(column: Int, at index: Int) -> SortKey {
        if isFargateRow(index) { return column == 5 ? .number(Double(fargateTasks ?? 0)) : .text("~") }
        let instance = instances[index]
        switch column {
        case 0: return SortKey(words: instance.ec2InstanceID)
        case 1: return SortKey(words: Format.shortZone(instance.availabilityZone))
        case 2: return SortKey(words: instance.instanceType)
        case 3: return SortKey(words: instance.autoScalingGroupName ?? "-")
        case 4: return SortKey(words: statusText(of: instance))
        case 5: return .number(Double(instance.runningTasksCount))
        case 6: return .number(instance.cpuReservation)
        default: return .number(instance.memoryReservation)
        }
    }

    private func statusText(of instance: ContainerInstance) -> String {
        instance.agentConnected || instance.status != .active ? instance.status.rawValue : "NO AGENT"
    }

    func cells(at index: Int) -> [TableCell] {
        if isFargateRow(index) {
            return [
                .text("FARGATE", .statusRunning), .text("-"), .text("-"), .text("-"), .text("ACTIVE", .statusRunning),
                .text("\(fargateTasks ?? 0)"), .text("-", .dim), .text("-", .dim),
            ]
        }
        let instance = instances[index]
        let statusRole: Theme.Role = switch instance.status {
        case .active: instance.agentConnected ? .statusRunning : .unhealthy
        case .draining: .statusDraining
        case .registering: .statusPending
        default: .statusStopped
        }
        let status = statusText(of: instance)
        return [
            .text(instance.ec2InstanceID),
            .text(Format.shortZone(instance.availabilityZone)),
            .text(instance.instanceType),
            .text(instance.autoScalingGroupName ?? "-", instance.autoScalingGroupName == nil ? .dim : .row),
            .text(status, statusRole),
            .text("\(instance.runningTasksCount)"),
            .bar(fraction: instance.cpuReservation, label: Format.percent(instance.cpuReservation)),
            .bar(fraction: instance.memoryReservation, label: Format.percent(instance.memoryReservation)),
        ]
    }
}
