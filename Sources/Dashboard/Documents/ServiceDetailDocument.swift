import Foundation

/// One service in depth: deployments, target health, auto scaling, metric history and events.
struct ServiceDetailDocument {
    let service: ServiceSnapshot
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    /// Targets listed per group; a service of thousands shows the troubled ones first, then a count.
    static let targetLimit = 50
    static let eventLimit = 30
    static let activityLimit = 5
    static let chartHeight = 5
    static let perMinuteThreshold = 10

    func build() -> Document {
        var document = Document(emptyText: "service \(service.service.name) has nothing to show")
        header(into: &document)
        deployments(into: &document)
        loadBalancing(into: &document)
        autoScaling(into: &document)
        history(into: &document)
        events(into: &document)
        return document
    }

    private var now: Date { snapshot.time }

    // MARK: Header

    private func header(into document: inout Document) {
        let service = service.service
        var title = StyledLine("Service \(service.name)", .heading)
        title.append("  \(cluster.cluster.name)", .dim)
        document.append(title)
        document.append(DetailText.field("Status", service.status, service.status == "ACTIVE" ? .statusRunning : .statusDraining))
        if service.capacityProviderStrategy.isEmpty {
            document.append(DetailText.field("Launch type", service.launchType.rawValue))
        } else {
            document.append(DetailText.field("Capacity", DetailText.strategy(service.capacityProviderStrategy)))
        }
        let short = service.runningCount < service.desiredCount
        document.append(DetailText.field("Tasks", [
            .init("desired \(service.desiredCount)"), .init("  running "),
            .init("\(service.runningCount)", short ? .statusPending : .statusRunning), .init("  pending "),
            .init("\(service.pendingCount)", service.pendingCount > 0 ? .statusPending : .row),
        ]))
        document.append(DetailText.field("Task def", service.taskDefinitionARN.arnResourceID))
        document.append(DetailText.field("Scheduling", service.schedulingStrategy.rawValue))
        let configuration = service.deploymentConfiguration
        let breaker = configuration.deploymentCircuitBreaker
        let breakerText = breaker.enable
            ? "circuit breaker on\(breaker.rollback ? " with rollback" : ""), threshold \(DeploymentCircuitBreaker.threshold(desired: service.desiredCount))"
            : "circuit breaker off"
        document.append(DetailText.field(
            "Deployment", "min \(configuration.minimumHealthyPercent)%  max \(configuration.maximumPercent)%  \(breakerText)"))
        if !service.placementStrategy.isEmpty || !service.placementConstraints.isEmpty {
            document.append(DetailText.field("Placement", placementText(service)))
        }
        if service.healthCheckGracePeriodSeconds > 0 {
            document.append(DetailText.field("Grace period", "\(service.healthCheckGracePeriodSeconds)s"))
        }
        document.append(DetailText.field("Utilization", "CPU \(Format.percent(self.service.cpuUtilization))  memory \(Format.percent(self.service.memoryUtilization))"))
        document.append(DetailText.field("Created", "\(DetailText.clock(service.createdAt)) (\(Format.age(now.timeIntervalSince(service.createdAt))) ago)"))
    }

    private func placementText(_ service: Service) -> String {
        let strategies = service.placementStrategy.map { $0.type.rawValue + ($0.field.map { "(\($0))" } ?? "") }
        let constraints = service.placementConstraints.map { $0.type.rawValue + ($0.expression.map { "(\($0))" } ?? "") }
        return (strategies + constraints).joined(separator: ", ")
    }

    // MARK: Deployments

    private func deployments(into document: inout Document) {
        document.appendGap()
        document.append("Deployments", .heading)
        let deployments = service.service.deployments
        guard !deployments.isEmpty else {
            document.append("  no deployments", .dim)
            return
        }
        let stateWidth = deployments.map { $0.rolloutState.rawValue.count }.max() ?? 0
        let rows: [[StyledLine.Span]] = deployments.map { deployment in
            let state = deployment.rolloutState.rawValue
            let reason = deployment.rolloutStateReason
            return [
                .init(deployment.id),
                .init(deployment.status.rawValue, deployment.status == .primary ? .statusRunning : .statusDraining),
                .init(deployment.taskDefinitionARN.arnResourceID),
                .init("\(deployment.desiredCount)"),
                .init("\(deployment.pendingCount)", deployment.pendingCount > 0 ? .statusPending : .row),
                .init("\(deployment.runningCount)"),
                .init("\(deployment.failedTasks)", deployment.failedTasks > 0 ? .unhealthy : .row),
                .init(Format.age(now.timeIntervalSince(deployment.createdAt))),
                // The state padded to the longest one, so that the reasons after it line up; the last
                // column wraps whole, so the reason stays in it.
                .init(reason.isEmpty ? state : Text.fit(state, to: stateWidth, alignment: .left, ellipsis: "…") + "  " + reason,
                      DetailText.role(for: deployment.rolloutState)),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["ID", "STATUS", "TASKDEF", "DESIRED", "PENDING", "RUNNING", "FAILED", "AGE", "ROLLOUT"],
            rows: rows, rightAligned: [3, 4, 5, 6, 7], width: width, dropOrder: [7, 4, 3, 1])
        {
            document.append(line)
        }
    }

    // MARK: Load balancing

    private func loadBalancing(into document: inout Document) {
        let balancers = service.service.loadBalancers
        guard !balancers.isEmpty else { return }
        document.appendGap()
        document.append("Load balancing", .heading)
        for balancer in balancers {
            guard let group = cluster.targetGroups.first(where: { $0.arn == balancer.targetGroupARN }) else {
                document.append("  target group \(balancer.targetGroupARN.arnResourceID) is not in the snapshot", .dim)
                continue
            }
            targetGroup(group, container: balancer, into: &document)
        }
    }

    private func targetGroup(_ group: TargetGroup, container: LoadBalancer, into document: inout Document) {
        var title = StyledLine("  Target group \(group.name)", .tableHeader)
        title.append("  \(group.protocol):\(group.port)  target type \(group.targetType.rawValue)  → \(container.containerName):\(container.containerPort)", .dim)
        document.append(title)
        let listeners = cluster.loadBalancers.flatMap { alb in
            alb.listeners.filter { $0.targetGroupARN == group.arn }.map { "\(alb.name) \($0.protocol):\($0.port)" }
        }
        if !listeners.isEmpty { document.append(DetailText.field("  Listeners", listeners.joined(separator: ", "))) }
        let check = group.healthCheck
        document.append(DetailText.field(
            "  Health check",
            "\(group.protocol) \(check.path) every \(check.intervalSeconds)s, timeout \(check.timeoutSeconds)s, healthy \(check.healthyThresholdCount), unhealthy \(check.unhealthyThresholdCount), matcher \(check.matcher)"))
        document.append(DetailText.field("  Dereg. delay", "\(group.deregistrationDelaySeconds)s"))

        // One pass: count every state, keep the first troubled and healthy targets up to the limit.
        // Counted in an array by state rather than a dictionary: no hashing per target.
        let order: [TargetHealthState] = [.healthy, .initial, .unhealthy, .draining, .unavailable, .unused]
        var counts = [Int](repeating: 0, count: order.count)
        var troubled: [TargetHealthDescription] = [], healthy: [TargetHealthDescription] = []
        for target in group.targets {
            counts[Self.position(of: target.state)] += 1
            if target.state == .healthy {
                if healthy.count < Self.targetLimit { healthy.append(target) }
            } else if troubled.count < Self.targetLimit {
                troubled.append(target)
            }
        }
        var summary = [StyledLine.Span]()
        for (state, count) in zip(order, counts) where count > 0 {
            if !summary.isEmpty { summary.append(.init(", ")) }
            summary.append(.init("\(count) \(state.rawValue)", DetailText.role(for: state)))
        }
        summary.append(.init(summary.isEmpty ? "no targets registered" : " of \(group.targets.count)", .dim))
        document.append(DetailText.field("  Targets", summary))
        guard !group.targets.isEmpty else { return }

        let shown = Array((troubled + healthy).prefix(Self.targetLimit))
        let rows: [[StyledLine.Span]] = shown.map { target in
            let why = [target.reason, target.description].compactMap { $0 }.joined(separator: ": ")
            return [
                .init(target.targetID),
                .init("\(target.port)"),
                .init(target.state.rawValue, DetailText.role(for: target.state)),
                .init(target.taskID.map { String($0.prefix(8)) } ?? "-", .dim),
                .init(why, target.state == .healthy ? .dim : .row),
            ]
        }
        for line in DocumentTable.lines(
            headers: ["TARGET", "PORT", "STATE", "TASK", "REASON"], rows: rows, rightAligned: [1], indent: 4,
            width: width, dropOrder: [3])
        {
            document.append(line)
        }
        if group.targets.count > shown.count {
            document.append("    … \(group.targets.count - shown.count) more targets", .dim)
        }
    }

    /// Where `state` is in the summary's order.
    private static func position(of state: TargetHealthState) -> Int {
        switch state {
        case .healthy: 0
        case .initial: 1
        case .unhealthy: 2
        case .draining: 3
        case .unavailable: 4
        case .unused: 5
        }
    }

    // MARK: Auto scaling

    private func autoScaling(into document: inout Document) {
        guard let scaling = service.autoScaling else { return }
        document.appendGap()
        document.append("Auto scaling", .heading)
        document.append(DetailText.field(
            "Capacity", "min \(scaling.minCapacity)  max \(scaling.maxCapacity)  desired \(service.service.desiredCount)"))
        for policy in scaling.policies {
            var spans: [StyledLine.Span] = [.init(Self.nowVersusTarget(policy), Self.role(of: policy))]
            var notes = "   cooldown out \(policy.scaleOutCooldownSeconds)s, in \(policy.scaleInCooldownSeconds)s"
            if policy.disableScaleIn { notes += ", scale-in disabled" }
            spans.append(.init(notes, .dim))
            document.append(DetailText.field("Policy " + policy.name, spans, labelWidth: 20))
        }
        document.append(cooldownLine(scaling))
        guard !scaling.activities.isEmpty else {
            document.append(DetailText.field("Activities", "none yet", .dim))
            return
        }
        document.append(DetailText.field("Activities", "newest first", .dim))
        for activity in scaling.activities.prefix(Self.activityLimit) {
            var line = StyledLine("    " + DetailText.clock(activity.startedAt) + "  ", .eventTime)
            line.append(activity.description)
            line.append("  " + activity.cause, .dim)
            document.append(line)
        }
    }

    /// `CPU 62% / target 60%`, `requests 1200 / target 1000 per target`.
    static func nowVersusTarget(_ policy: ScalingPolicy) -> String {
        let now = policy.currentValue.map { Int($0.rounded()) }.map(String.init) ?? "-"
        let target = Int(policy.targetValue.rounded())
        switch policy.metric {
        case .averageCPU: return "CPU \(now)% / target \(target)%"
        case .averageMemory: return "memory \(now)% / target \(target)%"
        case .requestsPerTarget: return "requests \(now) / target \(target) per target"
        }
    }

    private static func role(of policy: ScalingPolicy) -> Theme.Role {
        guard let value = policy.currentValue else { return .dim }
        return value > policy.targetValue * 1.1 ? .statusPending : .row
    }

    /// What the newest activity still holds back. Which way it went is read from the alarm in its cause
    /// (target tracking names them `…-AlarmHigh-…` and `…-AlarmLow-…`); its policy's cooldowns apply, as
    /// the simulator applies them: a scale-out's cooldown blocks both directions, a scale-in's only
    /// further scale-in.
    func cooldownLine(_ scaling: ServiceAutoScaling) -> StyledLine {
        guard let last = scaling.activities.first else { return DetailText.field("Cooldown", "none", .dim) }
        let policy = scaling.policies.first { last.cause.hasSuffix("triggered policy \($0.name)") } ?? scaling.policies.first
        let isScaleIn = last.cause.contains("AlarmLow")
        let cooldown = Double(isScaleIn ? policy?.scaleInCooldownSeconds ?? 300 : policy?.scaleOutCooldownSeconds ?? 300)
        let left = cooldown - now.timeIntervalSince(last.startedAt)
        let direction = isScaleIn ? "scale-in" : "scale-out"
        guard left > 0 else {
            return DetailText.field(
                "Cooldown", "over (last \(direction) \(Format.age(now.timeIntervalSince(last.startedAt))) ago)", .dim)
        }
        return DetailText.field("Cooldown", [
            .init("\(DetailText.duration(left)) left", .statusPending),
            .init(" after the \(direction) at \(DetailText.clock(last.startedAt))", .dim),
        ])
    }

    // MARK: History

    private func history(into document: inout Document) {
        let metrics = service.metrics
        document.appendGap()
        document.append("History", .heading)
        let chartWidth = max(1, width - 2)
        func chart(_ title: String, _ history: MetricHistory, percent: Bool) {
            // One-minute averages cover hours; the fine samples (every few seconds) only the last minutes,
            // so they are shown until ten minutes of averages exist, which say more from then on.
            let perMinute = history.perMinute.count >= Self.perMinuteThreshold || history.perMinute.count >= history.recent.count
            let samples = perMinute ? history.perMinute : history.recent
            let caption = samples.isEmpty ? title : perMinute
                ? "\(title)  per minute, last \(Self.span(minutes: min(samples.count, chartWidth)))" : "\(title)  recent samples"
            // Utilization on 0…100% (higher only if it overshoots); requests from 0 to their peak.
            let top = max(samples.max() ?? 0, 1)
            let lines = Chart.lines(
                title: caption, samples: samples, height: Self.chartHeight, width: chartWidth, range: 0...top,
                format: percent ? { Format.percent($0) } : { "\(Int($0.rounded()))/min" })
            for var line in lines {
                line.spans.insert(.init("  "), at: 0)
                document.append(line)
            }
        }
        chart("CPU", metrics.cpuUtilization, percent: true)
        chart("Memory", metrics.memoryUtilization, percent: true)
        if !service.service.loadBalancers.isEmpty || !metrics.requestCount.recent.isEmpty {
            chart("Requests", metrics.requestCount, percent: false)
        }
    }

    private static func span(minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    // MARK: Events

    private func events(into document: inout Document) {
        document.appendGap()
        document.append("Events", .heading)
        let events = service.service.events
        guard !events.isEmpty else {
            document.append("  no events yet", .dim)
            return
        }
        for event in events.prefix(Self.eventLimit) {
            var line = StyledLine("  " + DetailText.clock(event.createdAt) + "  ", .eventTime)
            line.append(event.message, DetailText.eventRole(event.message))
            document.append(line)
        }
        if events.count > Self.eventLimit {
            document.append("  … \(events.count - Self.eventLimit) older events", .dim)
        }
    }
}
