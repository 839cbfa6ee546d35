struct ServiceRows: PaneRows {
    let services: [ServiceSnapshot]
    let targetGroups: [TargetGroup]

    let columns = [
        TableColumn("NAME", width: 10, isFlexible: true),
        TableColumn("LAUNCH", width: 7, dropOrder: 6),
        TableColumn("DESIRED", width: 7, alignment: .right),
        TableColumn("RUNNING", width: 7, alignment: .right),
        TableColumn("PENDING", width: 7, alignment: .right, dropOrder: 3),
        TableColumn("TASKDEF", width: 10, dropOrder: 2),
        TableColumn("ROLLOUT", width: 11, dropOrder: 5),
        TableColumn("TARGETS", width: 7, alignment: .right, dropOrder: 4),
        TableColumn("SCALING", width: 11, dropOrder: 7),
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
        let targets = targetHealth(of: service)
        return [
            // A deleted service still stopping its tasks (DRAINING) shows as draining.
            .text(service.name, service.status == "DRAINING" ? .statusDraining : .row),
            .text(Self.launch(of: service), .dim),
            .text("\(service.desiredCount)"),
            .text("\(service.runningCount)", short ? .statusPending : .statusRunning),
            .text("\(service.pendingCount)", service.pendingCount > 0 ? .statusPending : .row),
            .text(service.taskDefinitionARN.arnResourceID),
            .text(rollout?.rawValue ?? "-", rollout == .failed ? .unhealthy : rollout == .inProgress ? .statusPending : .row),
            targets.map { .text("\($0.healthy)/\($0.total)", $0.healthy < $0.total ? .statusPending : .statusRunning) }
                ?? .text("-", .dim),
            Self.scaling(snapshot.autoScaling),
            .text(Format.percent(snapshot.cpuUtilization)),
            .text(Format.percent(snapshot.memoryUtilization)),
        ]
    }

    /// EC2, FARGATE, DAEMON, or the first capacity provider of the strategy.
    static func launch(of service: Service) -> String {
        if service.schedulingStrategy == .daemon { return "DAEMON" }
        return service.capacityProviderStrategy.first?.capacityProvider ?? service.launchType.rawValue
    }

    /// Healthy and registered targets over the service's target groups; nil without a load balancer.
    /// Draining targets are on their way out and count for neither.
    func targetHealth(of service: Service) -> (healthy: Int, total: Int)? {
        guard !service.loadBalancers.isEmpty else { return nil }
        var healthy = 0, total = 0
        for balancer in service.loadBalancers {
            guard let group = targetGroups.first(where: { $0.arn == balancer.targetGroupARN }) else { continue }
            for target in group.targets where target.state != .draining {
                total += 1
                if target.state == .healthy { healthy += 1 }
            }
        }
        return (healthy, total)
    }

    /// The first policy's metric now against its target (`cpu 62/60`), or the capacity bounds.
    static func scaling(_ autoScaling: ServiceAutoScaling?) -> TableCell {
        guard let autoScaling else { return .text("-", .dim) }
        guard let policy = autoScaling.policies.first else {
            return .text("\(autoScaling.minCapacity)…\(autoScaling.maxCapacity)")
        }
        let name = switch policy.metric {
        case .averageCPU: "cpu"
        case .averageMemory: "mem"
        case .requestsPerTarget: "req"
        }
        guard let value = policy.currentValue else { return .text("\(name) -/\(Int(policy.targetValue))", .dim) }
        let role: Theme.Role = value > policy.targetValue * 1.1 ? .statusPending : .row
        return .text("\(name) \(Int(value.rounded()))/\(Int(policy.targetValue))", role)
    }
}
