struct ServiceRows: PaneRows {
    let services: [ServiceSnapshot]

    let columns = [
        TableColumn("NAME", width: 12, isFlexible: true),
        TableColumn("DESIRED", width: 7, alignment: .right),
        TableColumn("RUNNING", width: 7, alignment: .right),
        TableColumn("PENDING", width: 7, alignment: .right, dropOrder: 3),
        TableColumn("TASKDEF", width: 10, dropOrder: 2),
        TableColumn("ROLLOUT", width: 11, dropOrder: 4),
        TableColumn("CPU", width: 4, alignment: .right, dropOrder: 1),
        TableColumn("MEM", width: 4, alignment: .right, dropOrder: 1),
    ]

    var count: Int { services.count }
    var emptyText: String { "no services" }

    func id(at index: Int) -> String { services[index].service.name }

    func cells(at index: Int) -> [TableCell] {
        let snapshot = services[index]
        let service = snapshot.service
        let rollout = service.primaryDeployment?.rolloutState
        let short = service.runningCount < service.desiredCount
        return [
            .text(service.name),
            .text("\(service.desiredCount)"),
            .text("\(service.runningCount)", short ? .statusPending : .statusRunning),
            .text("\(service.pendingCount)", service.pendingCount > 0 ? .statusPending : .row),
            .text(service.taskDefinitionARN.arnResourceID),
            .text(rollout?.rawValue ?? "-", rollout == .failed ? .unhealthy : rollout == .inProgress ? .statusPending : .row),
            .text(Format.percent(snapshot.cpuUtilization)),
            .text(Format.percent(snapshot.memoryUtilization)),
        ]
    }
}
