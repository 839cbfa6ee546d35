import Foundation

/// A cluster at a glance: capacity providers and their reservation, Auto Scaling groups, services.
struct ClusterOverviewDocument {
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    /// Services listed one line each; a cluster of thousands shows the first ones and a count (the
    /// services pane has them all, filterable).
    static let serviceLimit = 200

    func build() -> Document {
        var document = Document(emptyText: "cluster \(cluster.cluster.name) has nothing to show")
        header(into: &document)
        capacityProviders(into: &document)
        autoScalingGroups(into: &document)
        services(into: &document)
        scheduledTasks(into: &document)
        return document
    }

    // MARK: Header

    private func header(into document: inout Document) {
        let info = cluster.cluster
        document.append(StyledLine("Cluster \(info.name)", .heading))
        document.append(DetailText.field("Status", info.status, info.status == "ACTIVE" ? .statusRunning : .statusDraining))
        document.append(DetailText.field("ARN", info.arn, .dim))
        document.append(DetailText.field("Instances", "\(info.registeredContainerInstancesCount) registered"))
        document.append(DetailText.field("Services", "\(info.activeServicesCount) active"))
        document.append(DetailText.field("Tasks", [
            .init("\(info.runningTasksCount) running", .statusRunning),
            .init("  \(info.pendingTasksCount) pending", info.pendingTasksCount > 0 ? .statusPending : .row),
            .init("  \(cluster.standaloneTasks.count) standalone listed", .dim),
        ]))
        if let cpu = cluster.metrics.cpuUtilization.last, let memory = cluster.metrics.memoryUtilization.last {
            document.append(DetailText.field("Utilization", "CPU \(Format.percent(cpu))  memory \(Format.percent(memory))"))
        }
        if !info.defaultCapacityProviderStrategy.isEmpty {
            document.append(DetailText.field("Default strat", DetailText.strategy(info.defaultCapacityProviderStrategy)))
        }
    }

    // MARK: Capacity

    /// The providers the snapshot describes, plus any the cluster names without describing (FARGATE
    /// and FARGATE_SPOT are often only named).
    private func capacityProviders(into document: inout Document) {
        let described = Set(cluster.capacityProviders.map(\.name))
        let named = cluster.cluster.capacityProviders.filter { !described.contains($0) }
        guard !cluster.capacityProviders.isEmpty || !named.isEmpty else { return }
        document.appendGap()
        document.append("Capacity providers", .heading)
        var rows: [[StyledLine.Span]] = cluster.capacityProviders.map { provider in
            let scaling: String, target: Double?
            if let managed = provider.managedScaling, managed.enabled {
                scaling = "target \(managed.targetCapacity)%, step \(managed.minimumScalingStepSize) to \(managed.maximumScalingStepSize), warm-up \(managed.instanceWarmupPeriod)s"
                target = Double(managed.targetCapacity)
            } else {
                scaling = provider.isFargate ? "-" : "off"
                target = nil
            }
            return [
                .init(provider.name),
                .init(provider.isFargate ? "Fargate" : "EC2", .dim),
                .init(provider.status, provider.status == "ACTIVE" ? .statusRunning : .statusDraining),
                .init(provider.autoScalingGroupName ?? "-"),
                .init(instanceCount(group: provider.autoScalingGroupName).map(String.init) ?? "-"),
                .init(provider.isFargate ? "-" : Format.percent(provider.reservation / 100), Self.reservationRole(provider.reservation, target: target)),
                .init("\(usage(of: provider.name)) tasks desired"),
                .init(scaling, .dim),
            ]
        }
        rows += named.map { name in
            [.init(name), .init(name.hasPrefix("FARGATE") ? "Fargate" : "-", .dim), .init("-", .dim), .init("-"),
             .init("-"), .init("-"), .init("\(usage(of: name)) tasks desired"), .init("not described", .dim)]
        }
        for line in DocumentTable.lines(
            headers: ["NAME", "TYPE", "STATUS", "ASG", "INSTANCES", "RESERVATION", "USE", "MANAGED SCALING"], rows: rows,
            rightAligned: [4, 5], width: width, dropOrder: [7, 6, 1, 2])
        {
            document.append(line)
        }
        document.append("  reservation = instances needed / running × 100; above target adds instances", .dim)
    }

    /// N of the reservation: the group's Pending and InService instances, as managed scaling counts them.
    private func instanceCount(group name: String?) -> Int? {
        guard let name, let group = cluster.autoScalingGroups.first(where: { $0.name == name }) else { return nil }
        return group.instances.reduce(0) { $0 + ($1.lifecycleState == .pending || $1.lifecycleState == .inService ? 1 : 0) }
    }

    /// Above the target means instances are on their way; well below means idle ones may go.
    private static func reservationRole(_ reservation: Double, target: Double?) -> Theme.Role {
        guard let target else { return .row }
        return reservation > target ? .statusPending : reservation < target ? .dim : .statusRunning
    }

    /// Desired tasks of the services that place through `provider`: by strategy, or FARGATE by launch type.
    private func usage(of provider: String) -> Int {
        cluster.services.reduce(0) { sum, snapshot in
            let service = snapshot.service
            let uses = service.capacityProviderStrategy.isEmpty
                ? provider == "FARGATE" && service.launchType == .fargate
                : service.capacityProviderStrategy.contains { $0.capacityProvider == provider }
            return uses ? sum + service.desiredCount : sum
        }
    }

    private func autoScalingGroups(into document: inout Document) {
        guard !cluster.autoScalingGroups.isEmpty else { return }
        document.appendGap()
        document.append("Auto Scaling groups", .heading)
        let rows: [[StyledLine.Span]] = cluster.autoScalingGroups.map { group in
            var inService = 0, pending = 0, terminating = 0
            for instance in group.instances {
                switch instance.lifecycleState {
                case .inService: inService += 1
                case .pending: pending += 1
                case .terminating: terminating += 1
                case .terminated: break
                }
            }
            return [
                .init(group.name),
                .init(group.launchTemplate.instanceType, .dim),
                .init("\(group.desiredCapacity)"), .init("\(group.minSize)"), .init("\(group.maxSize)"),
                .init("\(inService)", inService < group.desiredCapacity ? .statusPending : .statusRunning),
                .init("\(pending)", pending > 0 ? .statusPending : .row),
                .init("\(terminating)", terminating > 0 ? .statusDraining : .row),
                .init(group.availabilityZones.map(Format.shortZone).joined(separator: " "), .dim),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["NAME", "TYPE", "DESIRED", "MIN", "MAX", "IN SERVICE", "PENDING", "TERMINATING", "ZONES"],
            rows: rows, rightAligned: [2, 3, 4, 5, 6, 7], width: width, dropOrder: [8, 1, 7, 6])
        {
            document.append(line)
        }
    }

    // MARK: Services

    private func services(into document: inout Document) {
        document.appendGap()
        document.append("Services (\(cluster.services.count))", .heading)
        guard !cluster.services.isEmpty else {
            document.append("  no services", .dim)
            return
        }
        // Healthy and registered targets per group, counted once rather than per service.
        var health: [String: (healthy: Int, total: Int)] = [:]
        for group in cluster.targetGroups {
            var healthy = 0, total = 0
            for target in group.targets where target.state != .draining {
                total += 1
                if target.state == .healthy { healthy += 1 }
            }
            health[group.arn] = (healthy, total)
        }
        let rows: [[StyledLine.Span]] = cluster.services.prefix(Self.serviceLimit).map { snapshot in
            let service = snapshot.service
            let rollout = service.primaryDeployment?.rolloutState
            var targets: StyledLine.Span = .init("-", .dim)
            if !service.loadBalancers.isEmpty {
                let counts = service.loadBalancers.compactMap { health[$0.targetGroupARN] }
                let healthy = counts.reduce(0) { $0 + $1.healthy }, total = counts.reduce(0) { $0 + $1.total }
                targets = .init("\(healthy)/\(total)", healthy < total ? .statusPending : .statusRunning)
            }
            return [
                .init(service.name),
                .init(ServiceRows.launch(of: service), .dim),
                .init("\(service.desiredCount)"),
                .init("\(service.runningCount)", service.runningCount < service.desiredCount ? .statusPending : .statusRunning),
                .init("\(service.pendingCount)", service.pendingCount > 0 ? .statusPending : .row),
                rollout.map { .init($0.rawValue, DetailText.role(for: $0)) } ?? .init("-", .dim),
                targets,
                .init(Format.percent(snapshot.cpuUtilization)),
                .init(Format.percent(snapshot.memoryUtilization)),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["NAME", "LAUNCH", "DESIRED", "RUNNING", "PENDING", "ROLLOUT", "TARGETS", "CPU", "MEM"],
            rows: rows, rightAligned: [2, 3, 4, 6, 7, 8], width: width, dropOrder: [4, 1, 5])
        {
            document.append(line)
        }
        if cluster.services.count > Self.serviceLimit {
            document.append("  … \(cluster.services.count - Self.serviceLimit) more services (see the Services pane)", .dim)
        }
    }

    private func scheduledTasks(into document: inout Document) {
        guard !cluster.scheduledTasks.isEmpty else { return }
        document.appendGap()
        document.append("Scheduled tasks", .heading)
        let now = snapshot.time
        let rows: [[StyledLine.Span]] = cluster.scheduledTasks.map { rule in
            [
                .init(rule.name),
                .init(rule.scheduleExpression),
                .init(rule.taskDefinitionARN.arnResourceID),
                .init("\(rule.taskCount)"),
                .init(rule.launchType.rawValue, .dim),
                .init(rule.lastRunAt.map { Format.age(now.timeIntervalSince($0)) + " ago" } ?? "never", .dim),
                .init(rule.nextRunAt.map { "in " + DetailText.duration($0.timeIntervalSince(now)) } ?? "-"),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["NAME", "SCHEDULE", "TASKDEF", "COUNT", "LAUNCH", "LAST RUN", "NEXT RUN"], rows: rows,
            rightAligned: [3], width: width, dropOrder: [4, 5, 3])
        {
            document.append(line)
        }
    }
}
