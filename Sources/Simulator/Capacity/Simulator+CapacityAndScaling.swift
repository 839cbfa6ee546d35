/// Setting up, and checking, capacity, auto scaling, workload telemetry and faults, which draw from
/// `auxiliaryGenerator` rather than the main generator.
extension Simulator {
    /// Salt for the auxiliary generator, so its draws differ from the main generator's for a seed.
    static let auxiliarySalt: UInt64 = 0xA5C1_7E5C_A1E0_0001

    func setUpCapacityAndScaling(_ scenario: Scenario) {
        auxiliaryGenerator = SeededGenerator(seed: seed ^ Self.auxiliarySalt)
        for (c, spec) in scenario.clusters.enumerated() {
            telemetry.addCluster(spec.services.enumerated().map { s, serviceSpec in
                let salt = (seed ^ Self.auxiliarySalt) &+ UInt64(c) &* 1_000_003 &+ UInt64(s) &* 7_919
                return ServiceTelemetry(
                    curve: serviceSpec.workload.map { RequestCurve(spec: $0, salt: salt) },
                    hasHardMemoryLimit: self[state: ServiceKey(cluster: c, service: s)].taskDefinition.hasHardMemoryLimit)
            })
        }
        setUpCapacity(scenario)
        setUpServiceAutoScaling(scenario)
        scheduleFaults(scenario.faultSchedule)
    }

    /// The consistency checks for these parts, beside `invariantViolations()`'s own.
    func capacityAndScalingViolations() -> [String] {
        var problems: [String] = []
        for c in clusters.indices {
            let name = clusters[c].cluster.name
            for group in clusters[c].autoScalingGroups {
                let live = group.instances.count { $0.lifecycleState == .pending || $0.lifecycleState == .inService }
                if !(group.minSize...group.maxSize).contains(group.desiredCapacity) {
                    problems.append("\(name)/\(group.name): desired \(group.desiredCapacity) outside \(group.minSize)…\(group.maxSize)")
                }
                if live > group.maxSize { problems.append("\(name)/\(group.name): \(live) instances above maxSize") }
            }
            var registered = Resources.zero
            for instance in clusters[c].instances {
                if instance.status == .active || instance.status == .draining { registered += instance.registeredResources }
                if instance.status == .inactive && (instance.agentConnected || instance.runningTasksCount != 0) {
                    problems.append("\(name)/\(instance.id): INACTIVE but connected or with tasks meant to run")
                }
                if capacity.isLost(instance.availabilityZone, inCluster: c), instance.agentConnected {
                    problems.append("\(name)/\(instance.id): agent connected in a lost zone")
                }
            }
            if registered != capacity.registeredResources(inCluster: c) { problems.append("\(name): registered resources are off") }
            for waitingService in capacity.servicesWaiting(inCluster: c) {
                let s = waitingService.service
                for id in capacity.waitingTasks(of: waitingService) {
                    guard let location = taskLocations[id], location.cluster == c, location.service == s, location.instance == TaskLocation.awaitingCapacity else {
                        problems.append("\(name): waiting task \(id) is not an unplaced task of service \(s)")
                        continue
                    }
                    let task = self[task: location.key]
                    if task.lastStatus != .provisioning || task.desiredStatus != .running {
                        problems.append("\(name): waiting task \(id) is \(task.lastStatus)/\(task.desiredStatus)")
                    }
                }
            }
            for service in clusters[c].services {
                if let scaling = service.autoScaling, scaling.activities.count > TargetTrackingAlarms.activityLimit {
                    problems.append("\(name)/\(service.service.name): too many scaling activities")
                }
            }
        }
        return problems
    }
}
