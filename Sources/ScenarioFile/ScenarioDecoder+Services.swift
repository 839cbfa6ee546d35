import ECSModel
import Foundation
import Simulator

extension ScenarioDecoder {
    /// ECS's quota of tasks per service.
    static let tasksPerService = 5_000

    func decodeService(
        _ node: ScenarioNode, names: inout ScenarioCatalog.ClusterNames, catalog: inout ScenarioCatalog
    ) -> Scenario.ServiceSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "serviceName").flatMap(name)
        if let name {
            if !names.services.insert(name).inserted { report("service \(name) is defined twice in the cluster", at: node) }
            catalog.anchor("Service \(name)", node)
        }
        let definition = required(m, "taskDefinition").flatMap { taskDefinitionReference($0, catalog: catalog) }
        let scheduling = m.take("schedulingStrategy").flatMap {
            choice($0, [("REPLICA", SchedulingStrategy.replica), ("DAEMON", .daemon)])
        } ?? .replica
        // A DAEMON service runs one task an instance: ECS takes no desired count for it.
        let countNode = scheduling == .daemon ? m.take("desiredCount") : required(m, "desiredCount")
        let desired = countNode.flatMap { int($0, in: 0...Self.tasksPerService) } ?? 0
        let launchType = m.take("launchType").flatMap(launchType)
        let strategy = m.take("capacityProviderStrategy").flatMap { decodeStrategy($0, names: names) } ?? []
        let deployment = m.take("deploymentConfiguration").flatMap(decodeDeploymentConfiguration) ?? DeploymentConfiguration()
        let placementStrategy = each(m, "placementStrategy") { (item: ScenarioNode) -> PlacementStrategy? in
            guard let p = mapping(item) else { return nil }
            defer { finish(p) }
            let type = required(p, "type").flatMap {
                choice($0, [("binpack", PlacementStrategy.Kind.binpack), ("spread", .spread), ("random", .random)])
            }
            let field = p.take("field").flatMap(string)
            return type.map { PlacementStrategy(type: $0, field: field) }
        }
        let constraints = each(m, "placementConstraints") { (item: ScenarioNode) -> PlacementConstraint? in
            guard let p = mapping(item) else { return nil }
            defer { finish(p) }
            let type = required(p, "type").flatMap {
                choice($0, [("distinctInstance", PlacementConstraint.Kind.distinctInstance), ("memberOf", .memberOf)])
            }
            let expression = p.take("expression").flatMap(string)
            return type.map { PlacementConstraint(type: $0, expression: expression) }
        }
        let balancers = each(m, "loadBalancers") { (item: ScenarioNode) -> Scenario.ServiceLoadBalancerSpec? in
            guard let b = mapping(item) else { return nil }
            defer { finish(b) }
            let group = required(b, "targetGroupArn").flatMap { targetGroup($0, names: names) }
            let container = required(b, "containerName").flatMap(self.name)
            let port = required(b, "containerPort").flatMap { int($0, in: 1...65_535) }
            guard let group, let container, let port else { return nil }
            return Scenario.ServiceLoadBalancerSpec(targetGroup: group, containerName: container, containerPort: port)
        }
        let grace = m.take("healthCheckGracePeriodSeconds").flatMap { int($0, in: 0...2_147_483_647) } ?? 0
        let workload = m.take("workload").flatMap(decodeWorkload)
        let scaling = m.take("autoScaling").flatMap(decodeAutoScaling)
        finish(m)
        guard let name, let definition, problems.count == before else { return nil }
        var service = Scenario.ServiceSpec(
            name: name, taskDefinition: definition, desiredCount: desired, deploymentConfiguration: deployment,
            placement: Scenario.ServicePlacement(
                launchType: launchType, schedulingStrategy: scheduling, placementStrategy: placementStrategy,
                placementConstraints: constraints, capacityProviderStrategy: strategy))
        service.loadBalancers = balancers
        service.healthCheckGracePeriodSeconds = grace
        service.workload = workload
        service.autoScaling = scaling
        return service
    }

    private func decodeDeploymentConfiguration(_ node: ScenarioNode) -> DeploymentConfiguration? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let defaults = DeploymentConfiguration()
            let minimum = m.take("minimumHealthyPercent").flatMap { int($0, in: 0...100) } ?? defaults.minimumHealthyPercent
            let maximum = m.take("maximumPercent").flatMap { int($0, in: 100...200) } ?? defaults.maximumPercent
            var breaker = DeploymentCircuitBreaker()
            if let b = m.take("deploymentCircuitBreaker").flatMap(mapping) {
                breaker.enable = required(b, "enable").flatMap(bool) ?? false
                breaker.rollback = required(b, "rollback").flatMap(bool) ?? false
                finish(b)
            }
            finish(m)
            return DeploymentConfiguration(minimumHealthyPercent: minimum, maximumPercent: maximum, deploymentCircuitBreaker: breaker)
        }
    }

    private func decodeAutoScaling(_ node: ScenarioNode) -> ServiceAutoScaling? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let minimum = required(m, "minCapacity").flatMap { int($0, in: 0...Self.tasksPerService) }
            let maxNode = required(m, "maxCapacity")
            let maximum = maxNode.flatMap { int($0, in: 0...Self.tasksPerService) }
            if let minimum, let maximum, let maxNode, maximum < minimum {
                report("expected maxCapacity ≥ minCapacity (\(minimum)), found \(maximum)", at: maxNode)
            }
            var policyNames = Set<String>()
            let policies = each(m, "policies") { (item: ScenarioNode) -> ScalingPolicy? in
                guard let p = mapping(item) else { return nil }
                defer { finish(p) }
                let nameNode = required(p, "policyName")
                let name = nameNode.flatMap(self.name)
                if let name, let nameNode, !policyNames.insert(name).inserted { report("policy \(name) is defined twice", at: nameNode) }
                let metric = required(p, "predefinedMetricType").flatMap {
                    choice($0, ScalingPolicy.Metric.allCases.map { ($0.rawValue, $0) })
                }
                let target = required(p, "targetValue").flatMap { double($0, in: 0.001...1_000_000) }
                let scaleOut = p.take("scaleOutCooldown").flatMap { int($0, in: 0...86_400) } ?? 300
                let scaleIn = p.take("scaleInCooldown").flatMap { int($0, in: 0...86_400) } ?? 300
                let disableScaleIn = p.take("disableScaleIn").flatMap(bool) ?? false
                guard let name, let metric, let target else { return nil }
                return ScalingPolicy(
                    name: name, metric: metric, targetValue: target, scaleOutCooldownSeconds: scaleOut,
                    scaleInCooldownSeconds: scaleIn, disableScaleIn: disableScaleIn)
            }
            finish(m)
            guard let minimum, let maximum else { return nil }
            return ServiceAutoScaling(minCapacity: minimum, maxCapacity: maximum, policies: policies)
        }
    }

    private func decodeWorkload(_ node: ScenarioNode) -> Scenario.WorkloadSpec? {
        typealias Workload = Scenario.WorkloadSpec
        guard let m = mapping(node) else { return nil }
        return clean {
            let defaults = Workload(requestsPerSecond: 0)
            let share = 0.0...1.0
            let rate = required(m, "requestsPerSecond").flatMap { double($0, in: 0...10_000_000) }
            let wave = m.take("wave").flatMap(mapping).flatMap { w -> Workload.Wave? in
                defer { finish(w) }
                let period = w.take("period").flatMap { duration($0, minimum: 1) } ?? 86_400
                let amplitude = required(w, "amplitude").flatMap { double($0, in: share) }
                let phase = w.take("phase").flatMap { duration($0) } ?? 0
                return amplitude.map { Workload.Wave(period: period, amplitude: $0, phase: phase) }
            }
            let spikes = each(m, "spikes") { (item: ScenarioNode) -> Workload.Spike? in
                guard let s = mapping(item) else { return nil }
                defer { finish(s) }
                let at = required(s, "at").flatMap { duration($0) }
                let length = required(s, "duration").flatMap { duration($0, minimum: 1) }
                let multiplier = required(s, "multiplier").flatMap { double($0, in: 0.01...1000) }
                guard let at, let length, let multiplier else { return nil }
                return Workload.Spike(at: at, duration: length, multiplier: multiplier)
            }
            let random = m.take("randomSpikes").flatMap(mapping).flatMap { r -> Workload.RandomSpikes? in
                defer { finish(r) }
                let perHour = required(r, "perHour").flatMap { double($0, in: 0...60) }
                let multiplier = r.take("multiplier").flatMap { pair($0) { double($0, in: 0.01...1000) } } ?? 1.5...2.5
                let length = r.take("duration").flatMap { pair($0) { duration($0, minimum: 1) } } ?? 120...420
                if length.upperBound > 3600, let node = r.take("duration") {
                    report("expected durations of at most 1h, found \(node.found)", at: node)
                }
                return perHour.map { Workload.RandomSpikes(perHour: $0, multiplier: multiplier, duration: length) }
            }
            let full = m.take("requestsPerTaskAtFullCPU").flatMap { double($0, in: 0.001...10_000_000) } ?? defaults.requestsPerTaskAtFullCPU
            let idle = m.take("idleCPU").flatMap { double($0, in: share) } ?? defaults.idleCPU
            let base = m.take("baseMemory").flatMap { double($0, in: share) } ?? defaults.baseMemory
            let perLoad = m.take("memoryPerLoad").flatMap { double($0, in: 0...10) } ?? defaults.memoryPerLoad
            let errors = m.take("errorRate").flatMap { double($0, in: share) } ?? defaults.errorRate
            var paths = defaults.paths
            if let node = m.take("paths"), let given = strings(node) {
                if given.isEmpty { report("expected at least one path", at: node) } else { paths = given }
            }
            finish(m)
            return rate.map {
                Workload(
                    requestsPerSecond: $0, wave: wave, spikes: spikes, randomSpikes: random, requestsPerTaskAtFullCPU: full,
                    idleCPU: idle, baseMemory: base, memoryPerLoad: perLoad, errorRate: errors, paths: paths)
            }
        }
    }

    /// `[low, high]`, low ≤ high: a range the simulator picks from.
    private func pair(_ node: ScenarioNode, _ value: (ScenarioNode) -> Double?) -> ClosedRange<Double>? {
        guard let items = list(node) else { return nil }
        guard items.count == 2 else {
            report("expected [low, high], found a list of \(items.count)", at: node)
            return nil
        }
        guard let low = value(items[0]), let high = value(items[1]) else { return nil }
        guard low <= high else {
            report("expected [low, high] with low ≤ high", at: node)
            return nil
        }
        return low...high
    }
}
