import Foundation

/// The deterministic engine behind the simulated control plane.
///
/// No wall clock and no global randomness: a seeded generator and a simulated clock that starts at 0 and
/// moves only in `advance(by:)`. The state is kept *as* the ECSModel snapshot structs, mutated in place,
/// so `snapshot()` is a copy-on-write copy; private indexes beside them (task id → location, instance id →
/// index, per-service counters) keep every operation from scanning all tasks.
///
/// Simplified for now (faithful where it goes; each folder's notes say how): rolling deployments, target
/// groups and health checks (Deployments/, LoadBalancing/); placement, launch types, DAEMON services and
/// scheduled tasks (Placement/, LaunchTypes/, Services/, Scheduled/); Auto Scaling groups, capacity providers,
/// service auto scaling, workload, logs and faults (Capacity/, AutoScaling/, Workload/, Logs/, Faults/).
/// UDP ports are not reserved; the first chaos crash is pulled into the first minute; at most
/// `LifecycleTimings.stoppedRetentionLimit` stopped tasks are kept per service.
public final class Simulator {
    /// The wall-clock moment simulated time 0 stands for: 2026-01-01T00:00:00Z.
    public static let epoch = Date(timeIntervalSince1970: 1_767_225_600)

    public let seed: UInt64
    public let chaos: ChaosLevel
    /// What the simulation started from; `exportScenario()` updates it with what has changed since.
    let initialScenario: Scenario
    let names = ResourceNames()

    // MARK: The snapshot's state
    var clusters: [ClusterSnapshot] = []
    /// Every registered revision, ACTIVE and INACTIVE, by `family:revision` (what the snapshot lists).
    var taskDefinitions: [String: TaskDefinition] = [:]
    /// Each family's highest revision, ACTIVE or not: the next registration takes the one after it.
    var latestRevisionByFamily: [String: Int] = [:]
    /// Tags by resource ARN (Tags/).
    var tagsByARN: [String: [ResourceTag]] = [:]

    // MARK: Private indexes and engine state
    var clusterStates: [ClusterState] = []
    var clusterIndexByName: [String: Int] = [:]
    var taskLocations: [String: TaskLocation] = [:]
    /// RUNNING tasks that are meant to keep running, and when the next of them crashes (Workload/).
    var crashes = CrashProcess()
    var dirtyServices: [ServiceKey] = []
    var expiryQueue: [ExpiryEntry] = []
    var expiryQueueHead = 0
    var events = EventQueue()
    /// Counts the calls that may change state (advance, execute), for `ControlPlaneSnapshot.revision`.
    var revision: UInt64 = 0
    var generator: SeededGenerator
    /// Target groups and task health (LoadBalancing/).
    var loadBalancing = LoadBalancing()
    /// Start-failure throttles and the deployments rollbacks return to (Deployments/).
    var deployments = Deployments()

    // MARK: Capacity, auto scaling, workload and faults (Capacity/, AutoScaling/, Workload/, Faults/)
    /// Draws for these parts come from their own generator, so that adding them leaves every id and
    /// timing the main generator gives a seed as it was.
    var auxiliaryGenerator = SeededGenerator(seed: 0)
    var capacity = Capacity()
    var telemetry = TelemetryStore()
    var autoScaling = ApplicationAutoScaling()
    var faultSchedule: [Scenario.FaultScheduleEntry] = []

    /// Simulated time since the start.
    public var elapsed: Duration { now }
    var now: Duration { events.now }

    public init(scenario: Scenario, seed: UInt64, chaos: ChaosLevel = .low) {
        let problems = scenario.validationErrors()
        precondition(problems.isEmpty, "Invalid scenario: \(problems.joined(separator: " "))")
        self.seed = seed
        initialScenario = scenario
        self.chaos = chaos
        self.generator = SeededGenerator(seed: seed)
        build(scenario)
        setUpCapacityAndScaling(scenario)
        schedule(.workloadTick, after: .zero)
        schedule(.metricsSample, after: .zero)
        schedule(.expirySweep, after: Self.expirySweepInterval)
        if chaos != .off { scheduleNextCrash() }
        // Services place their tasks at time 0, then the standalone tasks find room among them.
        reconcileDirtyServices()
        for (c, spec) in scenario.clusters.enumerated() {
            for standalone in spec.standaloneTasks {
                let definition = resolveTaskDefinition(standalone.taskDefinition)!
                for _ in 0..<standalone.count { _ = runStandaloneTask(definition, inCluster: c) }
            }
        }
    }

    /// Runs every event due up to `elapsed + duration`, in (time, sequence) order.
    public func advance(by duration: Duration) {
        guard duration > .zero else { return }
        revision &+= 1
        let target = now + duration
        while let event = events.takeNext(dueBy: target) {
            handle(event)
            reconcileDirtyServices()
        }
        events.moveClock(to: target)
    }

    /// The current state. O(clusters): the arrays inside are shared copy-on-write.
    public func snapshot() -> ControlPlaneSnapshot {
        ControlPlaneSnapshot(
            time: date(now),
            source: .simulation(seed: seed, speed: 1, paused: false, elapsed: now),
            clusters: clusters,
            taskDefinitions: taskDefinitions,
            revision: revision, tags: tagsByARN)
    }

    // MARK: Building the initial state

    private func build(_ scenario: Scenario) {
        for spec in scenario.taskDefinitions {
            register(spec.definition(arn: names.taskDefinitionARN(family: spec.family, revision: spec.revision)))
        }
        for spec in scenario.clusters { addCluster(spec) }
        buildLoadBalancing(scenario)
    }

    private func register(_ definition: TaskDefinition) {
        var definition = definition
        definition.noteRegistration(at: date(.zero))
        taskDefinitions[definition.reference] = definition
        latestRevisionByFamily[definition.family] = max(latestRevisionByFamily[definition.family] ?? 0, definition.revision)
    }

    /// `family` (its latest ACTIVE revision), `family:revision` or a task definition ARN (ACTIVE or not).
    func resolveTaskDefinition(_ name: String) -> TaskDefinition? {
        guard let reference = names.localID(name, .taskDefinition) else { return nil }
        if let definition = taskDefinitions[reference] { return definition }
        return latestActiveTaskDefinition(family: reference)
    }

    /// Also called by CreateCluster (Clusters/), which grows the per-cluster state kept elsewhere.
    func addCluster(_ spec: Scenario.ClusterSpec) {
        let c = clusters.count
        let state = ClusterState()
        capacity.addCluster()
        let clusterARN = names.clusterARN(spec.name)
        var instances: [ContainerInstance] = []
        for (i, instanceSpec) in spec.instances.enumerated() {
            let type = InstanceType.named(instanceSpec.instanceType)!
            let id = generator.resourceID()
            let instance = ContainerInstance(
                id: id, arn: names.containerInstanceARN(cluster: spec.name, id: id),
                ec2InstanceID: generator.ec2InstanceID(), instanceType: type.name,
                availabilityZone: instanceSpec.availabilityZone, registeredResources: type.registeredResources,
                registeredAt: date(now))
            instances.append(instance)
            capacity.record(instance, at: InstanceKey(cluster: c, index: i))
            capacity.noteRegistered(type.registeredResources, inCluster: c)
            capacity.appendSlot(PlacementSlot(
                remainingCPU: Int32(type.registeredResources.cpu), remainingMemory: Int32(type.registeredResources.memory),
                placeable: true, zone: UInt8(state.zoneIndex(of: instanceSpec.availabilityZone))), inCluster: c)
        }
        var services: [ServiceSnapshot] = []
        for (s, serviceSpec) in spec.services.enumerated() {
            let definition = resolveTaskDefinition(serviceSpec.taskDefinition)!
            let deployment = Deployment(
                id: generator.deploymentID(), taskDefinitionARN: definition.arn, desiredCount: serviceSpec.desiredCount,
                createdAt: date(now), updatedAt: date(now))
            var deploymentInProgress = deployment
            deploymentInProgress.rolloutStateReason = "ECS deployment \(deployment.id) in progress."
            let service = Service(
                name: serviceSpec.name, arn: names.serviceARN(cluster: spec.name, service: serviceSpec.name),
                clusterARN: clusterARN, taskDefinitionARN: definition.arn, desiredCount: serviceSpec.desiredCount,
                deploymentConfiguration: serviceSpec.deploymentConfiguration, deployments: [deploymentInProgress],
                createdAt: date(now))
            services.append(ServiceSnapshot(service: service))
            state.serviceIndexByName[serviceSpec.name] = s
            state.services.append(ServiceState(
                taskDefinition: definition, instanceCount: instances.count, zoneCount: state.zones.count,
                workload: WorkloadModel(using: &generator)))
        }
        let cluster = Cluster(
            name: spec.name, arn: clusterARN, registeredContainerInstancesCount: instances.count,
            activeServicesCount: services.count)
        clusters.append(ClusterSnapshot(cluster: cluster, services: services, instances: instances))
        clusterStates.append(state)
        clusterIndexByName[spec.name] = c
        // Attributes, ENI limits, placement plans and schedules read the arrays built above.
        configureCluster(c, spec: spec)
        for s in services.indices { markDirty(ServiceKey(cluster: c, service: s)) }
    }

    // MARK: Events

    func schedule(_ event: SimulationEvent, after delay: Duration) {
        events.schedule(event, after: delay)
    }

    private func handle(_ event: SimulationEvent) {
        switch event {
        case .taskStep(let taskID, let token): stepTask(taskID, token: token)
        case .workloadTick: tickWorkload()
        case .metricsSample: sampleMetrics()
        case .crash(let armed, let generation): crashRandomTask(armed: armed, generation: generation)
        case .expirySweep: sweepExpiredTasks()
        case .placementRetry(let key):
            self[state: key].isRetryScheduled = false
            markDirty(key)
        case .containerExit(let taskID): finishContainers(of: taskID)
        case .scheduledTaskDue(let cluster, let rule): fireScheduledTask(cluster: cluster, rule: rule)
        case .capacity(let event): handleCapacity(event)
        case .autoScalingEvaluation: evaluateServiceAutoScaling()
        case .fault(let event): handleFault(event)
        case .loadBalancing(let event): handle(event)
        case .deployment(let event): handle(event)
        }
    }

    func markDirty(_ key: ServiceKey) {
        let state = self[state: key]
        guard !state.isDirty else { return }
        state.isDirty = true
        dirtyServices.append(key)
    }

    // MARK: Time

    func date(_ time: Duration) -> Date { Self.epoch.addingTimeInterval(time.seconds) }

    static let expirySweepInterval = Duration.seconds(60)
}

extension Duration {
    /// This duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
