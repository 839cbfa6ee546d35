struct ClusterRows: PaneRows {
    let clusters: [ClusterSnapshot]

    let columns = [
        TableColumn("NAME", width: 10, isFlexible: true),
        TableColumn("STATUS", width: 6, dropOrder: 3),
        TableColumn("SVC", width: 3, alignment: .right, dropOrder: 2),
        TableColumn("TASKS", width: 5, alignment: .right),
        TableColumn("INST", width: 4, alignment: .right, dropOrder: 1),
    ]

    var count: Int { clusters.count }
    var emptyText: String { "no clusters" }

    func id(at index: Int) -> String { clusters[index].cluster.name }

    func cells(at index: Int) -> [TableCell] {
        let cluster = clusters[index].cluster
        return [
            .text(cluster.name), .text(cluster.status, cluster.status == "ACTIVE" ? .statusRunning : .statusStopped),
            .text("\(cluster.activeServicesCount)"), .text("\(cluster.runningTasksCount)"),
            .text("\(cluster.registeredContainerInstancesCount)"),
        ]
    }
}
