/// ALB target groups: building them from the scenario, registering tasks while they are ACTIVATING,
/// draining and deregistering them while they are DEACTIVATING. Health checks are in
/// `Simulator+HealthChecks.swift`.
extension Simulator {
    static let registrationInProgress = "Elb.RegistrationInProgress"
    static let initialHealthChecking = "Elb.InitialHealthChecking"
    static let deregistrationInProgress = "Target.DeregistrationInProgress"
    static let responseCodeMismatch = "Target.ResponseCodeMismatch"

    // MARK: Building

    /// Target groups, load balancers and the services' links to them, from the scenario; then the first
    /// round of health checks for every group.
    func buildLoadBalancing(_ scenario: Scenario) {
        for (c, spec) in scenario.clusters.enumerated() {
            var groups: [TargetGroup] = []
            var indexByName: [String: Int] = [:]
            for groupSpec in spec.targetGroups {
                indexByName[groupSpec.name] = groups.count
                groups.append(TargetGroup(
                    name: groupSpec.name, arn: LoadBalancerNames.targetGroupARN(groupSpec.name), port: groupSpec.port,
                    protocol: groupSpec.protocol, targetType: groupSpec.targetType, healthCheck: groupSpec.healthCheck,
                    deregistrationDelaySeconds: groupSpec.deregistrationDelaySeconds))
            }
            var balancers: [ApplicationLoadBalancer] = []
            for balancerSpec in spec.loadBalancers {
                let arn = LoadBalancerNames.loadBalancerARN(balancerSpec.name)
                let listeners = balancerSpec.listeners.map { listener in
                    ApplicationLoadBalancer.Listener(
                        port: listener.port, protocol: listener.protocol,
                        targetGroupARN: groups[indexByName[listener.targetGroup]!].arn)
                }
                for listener in balancerSpec.listeners {
                    let t = indexByName[listener.targetGroup]!
                    if !groups[t].loadBalancerARNs.contains(arn) { groups[t].loadBalancerARNs.append(arn) }
                }
                balancers.append(ApplicationLoadBalancer(
                    name: balancerSpec.name, arn: arn, dnsName: LoadBalancerNames.dnsName(balancerSpec.name),
                    listeners: listeners))
            }
            clusters[c].targetGroups = groups
            clusters[c].loadBalancers = balancers
            loadBalancing.addCluster(groups)

            for (s, serviceSpec) in spec.services.enumerated() {
                clusters[c].services[s].service.healthCheckGracePeriodSeconds = serviceSpec.healthCheckGracePeriodSeconds
                guard !serviceSpec.loadBalancers.isEmpty else { continue }
                bind(serviceSpec.loadBalancers.map { link in
                    let t = indexByName[link.targetGroup]!
                    return TargetBinding(
                        targetGroup: t, targetGroupARN: groups[t].arn, containerName: link.containerName,
                        containerPort: link.containerPort)
                }, cluster: c, service: s)
            }
            // Groups check on staggered phases, so that many groups do not all check in the same second.
            for (t, group) in groups.enumerated() {
                let interval = Duration.seconds(group.healthCheck.intervalSeconds)
                let phase = interval * Double(t + 1) / Double(groups.count)
                schedule(.loadBalancing(.healthCheck(cluster: c, targetGroup: t)), after: phase)
            }
        }
    }

    func handle(_ event: LoadBalancingEvent) {
        switch event {
        case .healthCheck(let c, let t): runHealthChecks(cluster: c, targetGroup: t)
        case .containerHealthVerdict(let id, let token): reachContainerHealthVerdict(id, token: token)
        }
    }

    // MARK: Registration (ACTIVATING)

    /// A service task entering ACTIVATING is registered with each of its service's target groups, in state
    /// `initial`; a task with a container health check is tracked too.
    /// `task` is the task as it was when the step began.
    func registerTargets(_ task: Task, at location: TaskLocation) {
        guard !location.isStandalone else { return }
        let id = task.id
        let key = ServiceKey(cluster: location.cluster, service: location.service)
        let health = self[state: key].health
        let traits = traits(ofDefinition: task.taskDefinitionARN)
        guard !health.bindings.isEmpty || traits.containerHealthCheck != nil else { return }
        var checked = CheckedTask(service: key)
        for (b, binding) in health.bindings.enumerated() {
            let (targetID, port) = target(of: task, for: binding, type: clusters[key.cluster].targetGroups[binding.targetGroup].targetType)
            let description = TargetHealthDescription(
                targetID: targetID, port: port, state: .initial, reason: Self.registrationInProgress,
                description: "Target registration is in progress", taskID: id)
            let t = binding.targetGroup
            loadBalancing.register(
                description, TargetRecord(taskID: id, service: key.service, answers503: traits.behaviour == .unhealthy),
                inGroup: t, cluster: key.cluster, targets: &clusters[key.cluster].targetGroups[t].targets)
            health.registeredTargets[b] += 1
            health.hasTargetEvents = true
            checked.bindings.append(b)
        }
        loadBalancing.tasks[id] = checked
        if !checked.bindings.isEmpty { markDirty(key) }
    }

    /// Instance id and host port (target type instance), or task IP and container port (type ip, awsvpc).
    /// Without a task IP the instance form is used.
    private func target(of task: Task, for binding: TargetBinding, type: TargetGroup.TargetType) -> (String, Int) {
        if type == .ip, let address = task.privateIPv4Address { return (address, binding.containerPort) }
        let bound = task.containers.first { $0.name == binding.containerName }?.networkBindings
            .first { $0.containerPort == binding.containerPort }
        return (task.ec2InstanceID ?? "", bound?.hostPort ?? binding.containerPort)
    }

    // MARK: Deregistration (DEACTIVATING)

    /// A RUNNING task on its way out: its targets start draining. Returns how long DEACTIVATING lasts on
    /// their account: the longest deregistration delay of its groups.
    func beginDeregistration(_ id: String) -> Duration {
        guard let checked = loadBalancing.tasks[id] else { return .zero }
        guard !checked.bindings.isEmpty else {
            loadBalancing.tasks[id] = nil
            return .zero
        }
        let key = checked.service
        let health = self[state: key].health
        var delay = 0
        for b in checked.bindings {
            let t = health.bindings[b].targetGroup
            guard let k = loadBalancing.beginDraining(id, inGroup: t, cluster: key.cluster) else { continue }
            clusters[key.cluster].targetGroups[t].targets[k].state = .draining
            clusters[key.cluster].targetGroups[t].targets[k].reason = Self.deregistrationInProgress
            clusters[key.cluster].targetGroups[t].targets[k].description = "Target deregistration is in progress"
            delay = max(delay, clusters[key.cluster].targetGroups[t].deregistrationDelaySeconds)
            health.deregisteredTargets[b] += 1
        }
        health.drainingTasks += 1
        health.hasTargetEvents = true
        markDirty(key)
        return .seconds(delay)
    }

    /// The deregistration delay is over: the targets leave their groups.
    func finishDeregistration(_ id: String) {
        guard let checked = loadBalancing.tasks.removeValue(forKey: id) else { return }
        removeTargets(id, of: checked)
    }

    /// A task stopped before RUNNING leaves its groups at once, without draining.
    func deregisterTargetsAtOnce(_ id: String) {
        guard let checked = loadBalancing.tasks.removeValue(forKey: id), !checked.bindings.isEmpty else { return }
        let health = self[state: checked.service].health
        for b in checked.bindings { health.deregisteredTargets[b] += 1 }
        health.hasTargetEvents = true
        markDirty(checked.service)
        removeTargets(id, of: checked)
    }

    /// Removes the task's targets; the last target of each group takes the freed place.
    private func removeTargets(_ id: String, of checked: CheckedTask) {
        let c = checked.service.cluster
        let health = self[state: ServiceKey(cluster: c, service: checked.service.service)].health
        for b in checked.bindings {
            let t = health.bindings[b].targetGroup
            loadBalancing.deregister(id, fromGroup: t, cluster: c, targets: &clusters[c].targetGroups[t].targets)
        }
    }

    // MARK: Events

    /// Writes the target events gathered since the last pass: draining, deregistrations, registrations.
    func writeTargetEvents(_ key: ServiceKey) {
        let health = self[state: key].health
        guard health.hasTargetEvents else { return }
        health.hasTargetEvents = false
        let name = self[service: key].service.name
        if health.drainingTasks > 0 {
            appendEvent(key, ServiceEventMessage.drainingConnections(service: name, taskCount: health.drainingTasks))
            health.drainingTasks = 0
        }
        for (b, binding) in health.bindings.enumerated() where health.deregisteredTargets[b] > 0 {
            appendEvent(key, ServiceEventMessage.deregisteredTargets(
                service: name, count: health.deregisteredTargets[b], targetGroupARN: binding.targetGroupARN))
            health.deregisteredTargets[b] = 0
        }
        for (b, binding) in health.bindings.enumerated() where health.registeredTargets[b] > 0 {
            appendEvent(key, ServiceEventMessage.registeredTargets(
                service: name, count: health.registeredTargets[b], targetGroupARN: binding.targetGroupARN))
            health.registeredTargets[b] = 0
        }
    }
}
