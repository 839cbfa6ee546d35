struct InstanceRows: PaneRows {
    let instances: ChunkedArray<ContainerInstance>

    let columns = [
        TableColumn("INSTANCE", width: 10, isFlexible: true),
        TableColumn("AZ", width: 3, dropOrder: 3),
        TableColumn("TYPE", width: 9, dropOrder: 4),
        TableColumn("STATUS", width: 8),
        TableColumn("TASKS", width: 5, alignment: .right),
        TableColumn("CPU", width: 9, dropOrder: 1),
        TableColumn("MEM", width: 9, dropOrder: 2),
    ]

    var count: Int { instances.count }
    var emptyText: String { "no container instances" }

    func id(at index: Int) -> String { instances[index].id }

    func cells(at index: Int) -> [TableCell] {
        let instance = instances[index]
        let statusRole: Theme.Role = switch instance.status {
        case .active: instance.agentConnected ? .statusRunning : .unhealthy
        case .draining: .statusDraining
        case .registering: .statusPending
        default: .statusStopped
        }
        let status = instance.agentConnected || instance.status != .active ? instance.status.rawValue : "NO AGENT"
        return [
            .text(instance.ec2InstanceID),
            .text(Format.shortZone(instance.availabilityZone)),
            .text(instance.instanceType),
            .text(status, statusRole),
            .text("\(instance.runningTasksCount)"),
            .bar(fraction: instance.cpuReservation, label: Format.percent(instance.cpuReservation)),
            .bar(fraction: instance.memoryReservation, label: Format.percent(instance.memoryReservation)),
        ]
    }
}
