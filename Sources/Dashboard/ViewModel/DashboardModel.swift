/// What the panes show for one snapshot and UI state: the selected cluster and service resolved, and
/// each pane's rows scoped by them. Built once per frame or key, and cheap: rows are made on demand.
public struct DashboardModel {
    public let snapshot: ControlPlaneSnapshot
    public let cluster: ClusterSnapshot?
    public let service: ServiceSnapshot?
    /// The instance the Tasks pane is scoped to, when the user came from the Instances pane.
    public let instance: ContainerInstance?
    /// The Tasks pane lists the cluster's Fargate tasks (the Fargate row of the Instances pane).
    public let isScopedToFargate: Bool
    let clusterRows: ClusterRows
    let serviceRows: ServiceRows
    let taskRows: TaskRows
    let instanceRows: InstanceRows
    let eventRows: EventRows

    public init(snapshot: ControlPlaneSnapshot, state: AppState) {
        self.snapshot = snapshot
        clusterRows = ClusterRows(clusters: snapshot.clusters)
        let clusterIndex = state.selection(of: .clusters).resolvedIndex(count: clusterRows.count, indexOf: clusterRows.index(of:))
        let cluster = clusterIndex.map { snapshot.clusters[$0] }
        self.cluster = cluster

        let serviceRows = ServiceRows(services: cluster?.services ?? [], targetGroups: cluster?.targetGroups ?? [])
        self.serviceRows = serviceRows
        let serviceIndex = state.selection(of: .services).resolvedIndex(count: serviceRows.count, indexOf: serviceRows.index(of:))
        let service = serviceIndex.map { serviceRows.services[$0] }
        self.service = service

        let instanceRows = InstanceRows(instances: cluster?.instances ?? ChunkedArray(), fargateTasks: cluster.flatMap(Self.fargateTasks))
        self.instanceRows = instanceRows
        var scopedInstance: ContainerInstance?
        var scopedToFargate = false
        if state.taskScope == .instance,
           let index = state.selection(of: .instances).resolvedIndex(count: instanceRows.count, indexOf: instanceRows.index(of:)) {
            if instanceRows.isFargateRow(index) { scopedToFargate = true } else { scopedInstance = instanceRows.instances[index] }
        }
        instance = scopedInstance
        isScopedToFargate = scopedToFargate

        let tasks: ChunkedArray<Task>
        if scopedInstance != nil || scopedToFargate, let cluster {
            // A scan of every task in the cluster; only the matches are copied.
            let id = scopedInstance?.id
            var onInstance = ChunkedArray<Task>()
            for list in cluster.services.lazy.map(\.tasks) + [cluster.standaloneTasks] {
                onInstance.append(contentsOf: list.filtered { $0.containerInstanceID == id && (id != nil || $0.launchType == .fargate) })
            }
            tasks = onInstance
        } else if let service {
            tasks = service.tasks
        } else {
            tasks = cluster?.standaloneTasks ?? ChunkedArray()
        }
        taskRows = TaskRows(tasks: tasks, now: snapshot.time, isByInstance: scopedInstance != nil || scopedToFargate)
        eventRows = EventRows(services: cluster?.services ?? [])
    }

    /// The screen's layout for this content: the top band fits the clusters and services listed.
    public func layout(width: Int, height: Int) -> DashboardLayout {
        DashboardLayout(width: width, height: height, topRows: max(clusterRows.count, serviceRows.count))
    }

    public func rows(for pane: Pane) -> any PaneRows {
        switch pane {
        case .clusters: clusterRows
        case .services: serviceRows
        case .tasks: taskRows
        case .instances: instanceRows
        case .events: eventRows
        }
    }

    /// The selected row's index in `pane`, if it has rows.
    public func selectedIndex(in pane: Pane, state: AppState) -> Int? {
        let rows = rows(for: pane)
        return state.selection(of: pane).resolvedIndex(count: rows.count, indexOf: rows.index(of:))
    }

    public func selectedTask(state: AppState) -> Task? {
        selectedIndex(in: .tasks, state: state).map { taskRows.tasks[taskRows.order[$0]] }
    }

    /// The selected container instance; nil on the Fargate row.
    public func selectedInstance(state: AppState) -> ContainerInstance? {
        selectedIndex(in: .instances, state: state).flatMap { instanceRows.isFargateRow($0) ? nil : instanceRows.instances[$0] }
    }

    /// Fargate tasks meant to run in the cluster, or nil when it uses no Fargate at all. Counted from
    /// the services' counters and the (few) standalone tasks, never by scanning service tasks.
    static func fargateTasks(in cluster: ClusterSnapshot) -> Int? {
        var count = 0
        var usesFargate = false
        for service in cluster.services {
            let launch = ServiceRows.launch(of: service.service)
            guard launch.hasPrefix("FARGATE") else { continue }
            usesFargate = true
            count += service.service.runningCount + service.service.pendingCount
        }
        for task in cluster.standaloneTasks where task.launchType == .fargate {
            usesFargate = true
            if task.desiredStatus != .stopped { count += 1 }
        }
        return usesFargate ? count : nil
    }

    /// The Tasks pane's title scope: the service or instance name.
    public var taskScopeName: String? {
        if let instance { return instance.ec2InstanceID }
        if isScopedToFargate { return "FARGATE" }
        if let service { return service.service.name }
        return cluster.map { _ in "standalone" }
    }
}
