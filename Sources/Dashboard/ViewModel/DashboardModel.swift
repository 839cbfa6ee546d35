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
    /// Each pane's filter as typed, for the titles.
    let filters: [Pane: String]
    /// Each pane's rows, filtered and sorted as the user asked; `base` is the pane's own rows.
    let clusterRows: ArrangedRows
    let serviceRows: ArrangedRows
    let taskRows: ArrangedRows
    let instanceRows: ArrangedRows
    let eventRows: ArrangedRows
    /// The unarranged rows of the panes whose selection is read back as a task or an instance.
    private let taskList: TaskRows
    private let instanceList: InstanceRows
    private let eventList: EventRows

    /// `cache` keeps sorted and filtered orders between keys and frames of the same snapshot revision.
    public init(snapshot: ControlPlaneSnapshot, state: AppState, cache: ArrangementCache? = nil) {
        var snapshot = snapshot
        var state = state
        // Deleted (INACTIVE) clusters leave the dashboard: a selection on one falls back to the first cluster.
        if snapshot.clusters.contains(where: { !$0.cluster.isActive }) {
            if let id = state.selection(of: .clusters).id, snapshot.cluster(named: id)?.cluster.isActive == false {
                state.selections[.clusters] = PaneSelection()
            }
            snapshot.clusters.removeAll { !$0.cluster.isActive }
        }
        self.snapshot = snapshot
        filters = state.filters
        func arrange(_ rows: any PaneRows, _ pane: Pane, scope: String) -> ArrangedRows {
            ArrangedRows(rows, filter: state.filters[pane], sort: state.sorts[pane], pane: pane, scope: scope,
                         revision: snapshot.revision, cache: cache)
        }
        func selected(_ rows: ArrangedRows, _ pane: Pane) -> Int? {
            state.selection(of: pane).resolvedIndex(count: rows.count, indexOf: rows.index(of:)).map(rows.baseIndex(at:))
        }
        clusterRows = arrange(ClusterRows(clusters: snapshot.clusters), .clusters, scope: "")
        let cluster = selected(clusterRows, .clusters).map { snapshot.clusters[$0] }
        self.cluster = cluster

        // Deleted services that are done (INACTIVE) are gone from the pane; DRAINING ones stay while they stop.
        let services = ServiceRows(
            services: cluster?.services.filter { $0.service.status != "INACTIVE" } ?? [], targetGroups: cluster?.targetGroups ?? [])
        let clusterScope = cluster?.cluster.name ?? ""
        serviceRows = arrange(services, .services, scope: clusterScope)
        let service = selected(serviceRows, .services).map { services.services[$0] }
        self.service = service

        let instances = InstanceRows(instances: cluster?.instances ?? ChunkedArray(), fargateTasks: cluster.flatMap(Self.fargateTasks))
        instanceList = instances
        instanceRows = arrange(instances, .instances, scope: clusterScope)
        var scopedInstance: ContainerInstance?
        var scopedToFargate = false
        if state.taskScope == .instance, let index = selected(instanceRows, .instances) {
            if instances.isFargateRow(index) { scopedToFargate = true } else { scopedInstance = instances.instances[index] }
        }
        instance = scopedInstance
        isScopedToFargate = scopedToFargate

        let tasks: ChunkedArray<Task>
        if scopedInstance != nil || scopedToFargate, let cluster {
            tasks = Self.tasks(on: scopedInstance, in: cluster)
        } else if let service {
            tasks = service.tasks
        } else {
            tasks = cluster?.standaloneTasks ?? ChunkedArray()
        }
        taskList = TaskRows(tasks: tasks, now: snapshot.time, isByInstance: scopedInstance != nil || scopedToFargate)
        let taskScope = "\(clusterScope)/\(service?.service.name ?? "")/\(scopedInstance?.id ?? (scopedToFargate ? "FARGATE" : ""))"
        taskRows = arrange(taskList, .tasks, scope: taskScope)
        eventList = EventRows(services: cluster?.services ?? [])
        eventRows = arrange(eventList, .events, scope: clusterScope)
    }

    /// The tasks on one instance, or on Fargate when `instance` is nil: a scan of every task in the
    /// cluster, copying only the matches.
    static func tasks(on instance: ContainerInstance?, in cluster: ClusterSnapshot) -> ChunkedArray<Task> {
        let id = instance?.id
        var onInstance = ChunkedArray<Task>()
        for list in cluster.services.lazy.map(\.tasks) + [cluster.standaloneTasks] {
            onInstance.append(contentsOf: list.filtered { $0.containerInstanceID == id && (id != nil || $0.launchType == .fargate) })
        }
        return onInstance
    }

    /// The screen's layout for this content: the top band fits the clusters and services listed.
    public func layout(width: Int, height: Int, focus: Pane) -> DashboardLayout {
        DashboardLayout(width: width, height: height, topRows: max(clusterRows.count, serviceRows.count), focus: focus)
    }

    func rows(for pane: Pane) -> ArrangedRows {
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

    /// Before rows are rearranged, the cursor holds on to the row under it (until the first move it
    /// only knows a position), so sorting or filtering does not change what is selected.
    func pinSelection(of pane: Pane, state: inout AppState) {
        guard state.selection(of: pane).id == nil, let index = selectedIndex(in: pane, state: state) else { return }
        state.selections[pane, default: PaneSelection()].id = rows(for: pane).id(at: index)
    }

    /// The selected row's index in the pane's own (unarranged) rows.
    func selectedBaseIndex(in pane: Pane, state: AppState) -> Int? {
        selectedIndex(in: pane, state: state).map(rows(for: pane).baseIndex(at:))
    }

    public func selectedTask(state: AppState) -> Task? {
        selectedBaseIndex(in: .tasks, state: state).map(taskList.task(at:))
    }

    /// Any task of the cluster by id: its services' tasks, then the standalone ones. A scan, for one
    /// lookup per key or frame.
    static func task(withID id: String, in cluster: ClusterSnapshot) -> Task? {
        for list in cluster.services.lazy.map(\.tasks) + [cluster.standaloneTasks] {
            if let index = list.firstIndex(where: { $0.id == id }) { return list[index] }
        }
        return nil
    }

    /// The service an event of the Events pane is about.
    func eventService(state: AppState) -> String? {
        selectedBaseIndex(in: .events, state: state).map { eventList.serviceNames[$0] }
    }

    /// A task listed in the Tasks pane, by id.
    func task(withID id: String) -> Task? {
        taskList.index(of: id).map(taskList.task(at:))
    }

    /// The selected container instance; nil on the Fargate row.
    public func selectedInstance(state: AppState) -> ContainerInstance? {
        selectedBaseIndex(in: .instances, state: state).flatMap { instanceList.isFargateRow($0) ? nil : instanceList.instances[$0] }
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

    /// `3 Tasks · web (4)`: a pane's number, name and scope, as its frame and tab show it; a filtered
    /// pane adds its filter and how many rows pass it, as k9s does (`/web (2 of 6)`).
    public func title(of pane: Pane) -> String {
        let number = "\(pane.rawValue + 1) "
        let rows = rows(for: pane)
        let filter = filters[pane].flatMap { RowFilter($0) == nil ? nil : $0 }
        let counts = filter == nil ? (pane == .tasks ? " (\(rows.count))" : "") : " /\(filter!) (\(rows.count) of \(rows.base.count))"
        switch pane {
        case .clusters:
            return number + pane.title + counts
        case .services, .instances, .events:
            return number + pane.title + (cluster.map { " · " + $0.cluster.name } ?? "") + counts
        case .tasks:
            return number + pane.title + (taskScopeName.map { " · " + $0 } ?? "") + counts
        }
    }

    /// The Tasks pane's title scope: the service or instance name.
    public var taskScopeName: String? {
        if let instance { return instance.ec2InstanceID }
        if isScopedToFargate { return "FARGATE" }
        if let service { return service.service.name }
        return cluster.map { _ in "standalone" }
    }
}
