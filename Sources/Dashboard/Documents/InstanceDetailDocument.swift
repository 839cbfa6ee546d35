import Foundation

/// One container instance: resource bars, agent and Auto Scaling group state, the tasks on it.
struct InstanceDetailDocument {
    let instance: ContainerInstance
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    /// Host ports listed by number; more than this shows as a count.
    static let portLimit = 24

    func build() -> Document {
        var document = Document(emptyText: "container instance \(instance.id) has nothing to show")
        identity(into: &document)
        resources(into: &document)
        attributes(into: &document)
        tasks(into: &document)
        return document
    }

    // MARK: Identity

    private func identity(into document: inout Document) {
        var title = StyledLine("Instance \(instance.ec2InstanceID)", .heading)
        title.append("  \(instance.instanceType)  \(instance.availabilityZone)", .dim)
        document.append(title)
        document.append(field("Container instance", instance.id))
        document.append(field("ARN", instance.arn, .dim))
        document.append(field("Status", instance.status.rawValue, Self.role(for: instance.status)))
        document.append(field(
            "Agent", instance.agentConnected ? "connected" : "disconnected: nothing new is placed here",
            instance.agentConnected ? .statusRunning : .unhealthy))
        document.append(field(
            "Tasks", "running \(instance.runningTasksCount)  pending \(instance.pendingTasksCount)"))
        let age = Format.age(snapshot.time.timeIntervalSince(instance.registeredAt))
        document.append(field("Registered", "\(DetailText.clock(instance.registeredAt)) (\(age) ago)"))
        if let name = instance.autoScalingGroupName {
            if let group = cluster.autoScalingGroups.first(where: { $0.name == name }) {
                let lifecycle = group.instances.first { $0.ec2InstanceID == instance.ec2InstanceID }?.lifecycleState
                document.append(field("Auto Scaling group", [
                    .init(name),
                    .init("  desired \(group.desiredCapacity)  min \(group.minSize)  max \(group.maxSize)", .dim),
                    .init("  lifecycle "),
                    .init(lifecycle?.rawValue ?? "not listed", lifecycle == .inService ? .statusRunning : .statusPending),
                ]))
            } else {
                document.append(field("Auto Scaling group", name + " (group not in the snapshot)"))
            }
        }
        if let provider = instance.capacityProviderName {
            document.append(field("Capacity provider", provider))
        }
    }

    /// Identity labels are longer than the other views' ("Container instance").
    private func field(_ label: String, _ value: String, _ role: Theme.Role = .row) -> StyledLine {
        DetailText.field(label, value, role, labelWidth: 18)
    }

    private func field(_ label: String, _ spans: [StyledLine.Span]) -> StyledLine {
        DetailText.field(label, spans, labelWidth: 18)
    }

    static func role(for status: ContainerInstanceStatus) -> Theme.Role {
        switch status {
        case .active: .statusRunning
        case .registering: .statusPending
        case .draining, .deregistering: .statusDraining
        case .registrationFailed: .unhealthy
        case .inactive: .statusStopped
        }
    }

    // MARK: Resources

    private func resources(into document: inout Document) {
        document.appendGap()
        document.append("Resources", .heading)
        let registered = instance.registeredResources, remaining = instance.remainingResources
        let cpuUsed = registered.cpu - remaining.cpu, memoryUsed = registered.memory - remaining.memory
        var bars: [(label: String, fraction: Double, detail: String)] = [
            ("CPU", instance.cpuReservation, "\(cpuUsed) / \(registered.cpu) units  \(Format.percent(instance.cpuReservation))"),
            ("Memory", instance.memoryReservation,
             "\(memoryUsed) / \(registered.memory) MiB  \(Format.percent(instance.memoryReservation))"),
        ]
        if instance.eniLimit > 0 {
            bars.append(("ENIs", Double(instance.enisInUse) / Double(instance.eniLimit), "\(instance.enisInUse) / \(instance.eniLimit) in use"))
        }
        // The same detail width for all, so the bars line up and compare at a glance.
        let detailWidth = bars.map { DisplayWidth.of($0.detail) }.max() ?? 0
        for bar in bars {
            document.append(TextBar.line(
                label: bar.label, fraction: bar.fraction, detail: bar.detail, width: width, detailWidth: detailWidth))
        }
        if instance.eniLimit == 0 {
            document.append(DetailText.field("ENIs", "\(instance.enisInUse) in use, no limit reported", .dim, labelWidth: 9))
        }
        document.append(portsLine())
    }

    /// The host ports taken: the agent's reserved ones and every bound port (`usedPorts` holds both).
    private func portsLine() -> StyledLine {
        let ports = instance.usedPorts.sorted()
        let reserved = ports.filter { ContainerInstance.agentReservedPorts.contains($0) }.count
        var spans: [StyledLine.Span] = [.init("\(ports.count) in use (\(reserved) reserved by the agent, \(ports.count - reserved) bound)")]
        if !ports.isEmpty {
            let listed = ports.prefix(Self.portLimit).map(String.init).joined(separator: " ")
            spans.append(.init(":  " + listed + (ports.count > Self.portLimit ? " …" : ""), .dim))
        }
        return DetailText.field("Ports", spans, labelWidth: 9)
    }

    // MARK: Attributes

    private func attributes(into document: inout Document) {
        guard !instance.attributes.isEmpty else { return }
        document.appendGap()
        document.append("Attributes", .heading)
        let keyWidth = min(40, instance.attributes.keys.map { DisplayWidth.of($0) }.max() ?? 0)
        for key in instance.attributes.keys.sorted() {
            document.append(DetailText.field(key, instance.attributes[key] ?? "", labelWidth: keyWidth))
        }
    }

    // MARK: Tasks

    /// Every task placed here, services' then standalone ones: one pass over the cluster's tasks.
    /// `filtered` borrows each task rather than copying it, which is most of the cost at 50,000 tasks.
    func tasksOnInstance() -> [Task] {
        var found = ChunkedArray<Task>()
        let id: String? = instance.id
        for service in cluster.services {
            found.append(contentsOf: service.tasks.filtered { $0.containerInstanceID == id })
        }
        found.append(contentsOf: cluster.standaloneTasks.filtered { $0.containerInstanceID == id })
        return Array(found)
    }

    private func tasks(into document: inout Document) {
        let tasks = tasksOnInstance()
        document.appendGap()
        document.append("Tasks on this instance (\(tasks.count))", .heading)
        guard !tasks.isEmpty else {
            document.append("  no tasks", .dim)
            return
        }
        let rows: [[StyledLine.Span]] = tasks.map { task in
            let ports = task.containers.flatMap(\.networkBindings).map { String($0.hostPort) }.joined(separator: ",")
            return [
                .init(String(task.id.prefix(8))),
                .init(task.group),
                .init(task.lastStatus.rawValue, Format.role(for: task.lastStatus)),
                .init(task.desiredStatus.rawValue, task.desiredStatus == .stopped ? .statusStopped : .row),
                .init(task.healthStatus.rawValue, task.healthStatus == .unhealthy ? .unhealthy : task.healthStatus == .healthy ? .statusRunning : .dim),
                .init("\(task.cpu)"),
                .init("\(task.memory)"),
                .init(ports.isEmpty ? "-" : ports),
                .init(Format.age(snapshot.time.timeIntervalSince(task.createdAt))),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["TASK", "GROUP", "LAST", "DESIRED", "HEALTH", "CPU", "MEM", "PORTS", "AGE"],
            rows: rows, rightAligned: [5, 6, 8], width: width, dropOrder: [7, 3, 8])
        {
            document.append(line)
        }
    }
}
