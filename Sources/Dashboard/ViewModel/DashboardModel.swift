/// What the panes show for one snapshot and UI state: the selected cluster and service resolved, and
/// each pane's rows scoped by them. Built once per frame or key, and cheap: rows are made on demand.
public struct DashboardModel {
    public let snapshot: ControlPlaneSnapshot
    public let cluster: ClusterSnapshot?
    public let service: ServiceSnapshot?
    /// The instance the Tasks pane is scoped to, when the user came from the Instances pane.
    public let instance: ContainerInstance?
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

        let serviceRows = ServiceRows(services: cluster?.services ?? [])
        self.serviceRows = serviceRows
        let serviceIndex = state.selection(of: .services).resolvedIndex(count: serviceRows.count, indexOf: serviceRows.index(of:))
        let service = serviceIndex.map { serviceRows.services[$0] }
        self.service = service

        let instanceRows = InstanceRows(instances: cluster?.instances ?? ChunkedArray())
        self.instanceRows = instanceRows
        var instanceNames: [String: String] = [:]
        var scopedInstance: ContainerInstance?
        if state.taskScope == .instance,
           let index = state.selection(of: .instances).resolvedIndex(count: instanceRows.count, indexOf: instanceRows.index(of:)) {
            scopedInstance = instanceRows.instances[index]
        }
        instance = scopedInstance

        let tasks: ChunkedArray<Task>
        if let scopedInstance, let cluster {
            // A scan of every task in the cluster; only the matches are copied.
            let id = scopedInstance.id
            var onInstance = ChunkedArray<Task>()
            for list in cluster.services.lazy.map(\.tasks) + [cluster.standaloneTasks] {
                onInstance.append(contentsOf: list.filtered { $0.containerInstanceID == id })
            }
            tasks = onInstance
            instanceNames[scopedInstance.id] = scopedInstance.ec2InstanceID
        } else if let service {
            tasks = service.tasks
        } else {
            tasks = cluster?.standaloneTasks ?? ChunkedArray()
        }
        if let cluster, scopedInstance == nil {
            // Only the instances these tasks run on need a name.
            let wanted = Set(tasks.lazy.compactMap(\.containerInstanceID))
            for instance in cluster.instances where wanted.contains(instance.id) {
                instanceNames[instance.id] = instance.ec2InstanceID
            }
        }
        taskRows = TaskRows(tasks: tasks, now: snapshot.time, instanceNames: instanceNames, isByInstance: scopedInstance != nil)
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

    public func selectedInstance(state: AppState) -> ContainerInstance? {
        selectedIndex(in: .instances, state: state).map { instanceRows.instances[$0] }
    }

    /// The Tasks pane's title scope: the service or instance name.
    public var taskScopeName: String? {
        if let instance { return instance.ec2InstanceID }
        if let service { return service.service.name }
        return cluster.map { _ in "standalone" }
    }
}
