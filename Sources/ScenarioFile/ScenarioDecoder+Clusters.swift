import ECSModel
import Foundation
import Simulator

extension ScenarioDecoder {
    /// ECS's quota of container instances per cluster (and of services per cluster).
    static let clusterQuota = 5_000

    /// A cluster: its parts are read in dependency order (groups before providers, target groups before
    /// listeners and services) so references are checked where they are written.
    func decodeCluster(_ node: ScenarioNode, catalog: inout ScenarioCatalog) -> Scenario.ClusterSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "clusterName").flatMap(name)
        if let name {
            if catalog.clusters[name] != nil { report("cluster \(name) is defined twice", at: m.take("clusterName") ?? node) }
            catalog.anchor("Cluster \(name)", node)
        }
        var names = ScenarioCatalog.ClusterNames()
        var instances: [Scenario.InstanceSpec] = []
        if let list = m.take("instances").flatMap(list) {
            for item in list {
                let more = decodeInstances(item, names: &names)
                // Stop collecting at the quota: a file of many `count: 5000` entries must not fill memory.
                guard instances.count + more.count <= Self.clusterQuota else {
                    report("more than \(Self.clusterQuota) instances: ECS allows at most \(Self.clusterQuota) container instances per cluster", at: item)
                    break
                }
                instances += more
            }
        }
        let groups = each(m, "autoScalingGroups") { decodeAutoScalingGroup($0, cluster: name ?? "default", names: &names, catalog: &catalog) }
        let providers = each(m, "capacityProviders") { decodeCapacityProvider($0, names: &names, catalog: &catalog) }
        let defaultStrategy = m.take("defaultCapacityProviderStrategy").flatMap { decodeStrategy($0, names: names) } ?? []
        let targetGroups = each(m, "targetGroups") { decodeTargetGroup($0, names: &names) }
        let balancers = each(m, "loadBalancers") { decodeLoadBalancer($0, names: names) }
        let services = each(m, "services") { decodeService($0, names: &names, catalog: &catalog) }
        let tasks = each(m, "tasks") { (item: ScenarioNode) -> Scenario.StandaloneTaskSpec? in
            guard let task = mapping(item) else { return nil }
            return clean {
                let definition = required(task, "taskDefinition").flatMap { taskDefinitionReference($0, catalog: catalog) }
                let count = task.take("count").flatMap { int($0, in: 1...10) } ?? 1  // RunTask's count
                finish(task)
                return definition.map { Scenario.StandaloneTaskSpec(taskDefinition: $0, count: count) }
            }
        }
        let scheduled = each(m, "scheduledTasks") { decodeScheduledTask($0, catalog: &catalog) }
        finish(m)
        if let name { catalog.clusters[name] = names }
        guard let name, problems.count == before else { return nil }
        return Scenario.ClusterSpec(
            name: name, instances: instances, services: services, standaloneTasks: tasks, scheduledTasks: scheduled,
            targetGroups: targetGroups, loadBalancers: balancers, autoScalingGroups: groups, capacityProviders: providers,
            defaultCapacityProviderStrategy: defaultStrategy)
    }

    /// A family or `family:revision` the file declares.
    func taskDefinitionReference(_ node: ScenarioNode, catalog: ScenarioCatalog) -> String? {
        guard let reference = name(node) else { return nil }
        guard catalog.resolves(taskDefinition: reference) else {
            let known = catalog.taskDefinitionList
            report("unknown task definition \(reference)" + (known.isEmpty ? "" : " (the file defines \(known))"), at: node)
            return nil
        }
        return reference
    }

    private func decodeInstances(_ node: ScenarioNode, names: inout ScenarioCatalog.ClusterNames) -> [Scenario.InstanceSpec] {
        guard let m = mapping(node) else { return [] }
        return clean {
            let type = required(m, "instanceType").flatMap(instanceType)
            let zone = required(m, "availabilityZone").flatMap(name)
            let count = m.take("count").flatMap { int($0, in: 0...Self.clusterQuota) } ?? 1
            let attributes = m.take("attributes").flatMap(stringMap) ?? [:]
            finish(m)
            guard let type, let zone else { return nil }
            names.zones.insert(zone)
            return Array(repeating: Scenario.InstanceSpec(instanceType: type, availabilityZone: zone, attributes: attributes), count: count)
        } ?? []
    }

    func instanceType(_ node: ScenarioNode) -> String? {
        guard let type = string(node) else { return nil }
        guard InstanceType.named(type) != nil else {
            report("unknown instance type \(type) (known: \(InstanceType.known.map(\.name).joined(separator: ", ")))", at: node)
            return nil
        }
        return type
    }

    private func decodeAutoScalingGroup(
        _ node: ScenarioNode, cluster: String, names: inout ScenarioCatalog.ClusterNames, catalog: inout ScenarioCatalog
    ) -> Scenario.AutoScalingGroupSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "autoScalingGroupName").flatMap(name)
        if let name {
            if !names.autoScalingGroups.insert(name).inserted { report("Auto Scaling group \(name) is defined twice", at: node) }
            catalog.anchor("Auto Scaling group \(name)", node)
        }
        var template: LaunchTemplate?
        if let t = required(m, "launchTemplate").flatMap(mapping) {
            let templateName = t.take("launchTemplateName").flatMap(self.name) ?? "\(name ?? cluster)-template"
            let type = required(t, "instanceType").flatMap(instanceType)
            let image = t.take("imageId").flatMap(string) ?? "ami-0ecs0optimized0001"
            // Without user data the agent would join `default`: join this cluster, as ECS users' templates do.
            let userData = t.take("userData").flatMap(string) ?? "#!/bin/bash\necho ECS_CLUSTER=\(cluster) >> /etc/ecs/ecs.config"
            finish(t)
            template = type.map { LaunchTemplate(name: templateName, instanceType: $0, imageID: image, userData: userData) }
        }
        let limit = 0...Self.clusterQuota
        let minSize = m.take("minSize").flatMap { int($0, in: limit) } ?? 0
        let maxNode = required(m, "maxSize")
        let maxSize = maxNode.flatMap { int($0, in: limit) }
        let desiredNode = m.take("desiredCapacity")
        let desired = desiredNode.flatMap { int($0, in: limit) } ?? minSize
        let zones = required(m, "availabilityZones").flatMap(strings) ?? []
        finish(m)
        if let maxSize, !(minSize <= desired && desired <= maxSize) {
            report("expected minSize ≤ desiredCapacity ≤ maxSize, found \(minSize) ≤ \(desired) ≤ \(maxSize)", at: desiredNode ?? maxNode ?? node)
        }
        names.zones.formUnion(zones)
        guard let name, let template, let maxSize, problems.count == before else { return nil }
        return Scenario.AutoScalingGroupSpec(
            name: name, launchTemplate: template, minSize: minSize, maxSize: maxSize, desiredCapacity: desired,
            availabilityZones: zones)
    }

    private func decodeCapacityProvider(
        _ node: ScenarioNode, names: inout ScenarioCatalog.ClusterNames, catalog: inout ScenarioCatalog
    ) -> Scenario.CapacityProviderSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "name").flatMap(name)
        if let name {
            names.capacityProviders.insert(name)
            catalog.anchor("Capacity provider \(name)", node)
        }
        var group: String?
        var scaling: CapacityProvider.ManagedScaling?
        if let provider = required(m, "autoScalingGroupProvider").flatMap(mapping) {
            if let arn = required(provider, "autoScalingGroupArn"), let text = self.name(arn) {
                // An ARN ends in `autoScalingGroupName/<name>`; this file's groups are named plainly.
                let plain = text.components(separatedBy: "autoScalingGroupName/").last ?? text
                if names.autoScalingGroups.contains(plain) {
                    group = plain
                } else {
                    report("unknown Auto Scaling group \(plain) (the cluster defines \(Self.list(names.autoScalingGroups)))", at: arn)
                }
            }
            if let s = provider.take("managedScaling").flatMap(mapping) {
                let enabled = s.take("status").flatMap { choice($0, [("ENABLED", true), ("DISABLED", false)]) } ?? true
                let defaults = CapacityProvider.ManagedScaling()
                scaling = CapacityProvider.ManagedScaling(
                    enabled: enabled,
                    targetCapacity: s.take("targetCapacity").flatMap { int($0, in: 1...100) } ?? defaults.targetCapacity,
                    minimumScalingStepSize: s.take("minimumScalingStepSize").flatMap { int($0, in: 1...10_000) } ?? defaults.minimumScalingStepSize,
                    maximumScalingStepSize: s.take("maximumScalingStepSize").flatMap { int($0, in: 1...10_000) } ?? defaults.maximumScalingStepSize,
                    instanceWarmupPeriod: s.take("instanceWarmupPeriod").flatMap { int($0, in: 0...10_000) } ?? defaults.instanceWarmupPeriod)
                finish(s)
            }
            finish(provider)
        }
        finish(m)
        guard let name, let group, problems.count == before else { return nil }
        return Scenario.CapacityProviderSpec(name: name, autoScalingGroup: group, managedScaling: scaling)
    }

    /// A capacity provider strategy naming the cluster's providers or FARGATE / FARGATE_SPOT.
    func decodeStrategy(_ node: ScenarioNode, names: ScenarioCatalog.ClusterNames) -> [CapacityProviderStrategyItem]? {
        guard let items = list(node) else { return nil }
        return clean {
            items.compactMap { item -> CapacityProviderStrategyItem? in
                guard let m = mapping(item) else { return nil }
                defer { finish(m) }
                let providerNode = required(m, "capacityProvider")
                let provider = providerNode.flatMap(name)
                let weight = m.take("weight").flatMap { int($0, in: 0...1000) } ?? 1
                let base = m.take("base").flatMap { int($0, in: 0...100_000) } ?? 0
                guard let provider, let providerNode else { return nil }
                guard ["FARGATE", "FARGATE_SPOT"].contains(provider) || names.capacityProviders.contains(provider) else {
                    let known = ["FARGATE", "FARGATE_SPOT"] + names.capacityProviders.sorted()
                    report("capacity provider \(provider) is not associated with the cluster (known: \(known.joined(separator: ", ")))", at: providerNode)
                    return nil
                }
                return CapacityProviderStrategyItem(capacityProvider: provider, weight: weight, base: base)
            }
        }
    }

    private func decodeTargetGroup(_ node: ScenarioNode, names: inout ScenarioCatalog.ClusterNames) -> Scenario.TargetGroupSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "name").flatMap(name)
        if let name, !names.targetGroups.insert(name).inserted { report("target group \(name) is defined twice", at: node) }
        let defaults = TargetGroupHealthCheck()
        let port = m.take("port").flatMap { int($0, in: 1...65_535) } ?? 80
        let transport = m.take("protocol").flatMap { choice($0, [("HTTP", "HTTP"), ("HTTPS", "HTTPS")]) } ?? "HTTP"
        let targetType = m.take("targetType").flatMap { choice($0, [("instance", TargetGroup.TargetType.instance), ("ip", .ip)]) } ?? .instance
        // ELB's ranges.
        let check = TargetGroupHealthCheck(
            path: m.take("healthCheckPath").flatMap(string) ?? defaults.path,
            intervalSeconds: m.take("healthCheckIntervalSeconds").flatMap { int($0, in: 5...300) } ?? defaults.intervalSeconds,
            timeoutSeconds: m.take("healthCheckTimeoutSeconds").flatMap { int($0, in: 2...120) } ?? defaults.timeoutSeconds,
            healthyThresholdCount: m.take("healthyThresholdCount").flatMap { int($0, in: 2...10) } ?? defaults.healthyThresholdCount,
            unhealthyThresholdCount: m.take("unhealthyThresholdCount").flatMap { int($0, in: 2...10) } ?? defaults.unhealthyThresholdCount,
            matcher: m.take("matcher").flatMap(mapping).flatMap { matcher in
                defer { finish(matcher) }
                return matcher.take("httpCode").flatMap(string)
            } ?? defaults.matcher)
        let delay = m.take("deregistrationDelaySeconds").flatMap { int($0, in: 0...3600) } ?? 300
        finish(m)
        guard let name, problems.count == before else { return nil }
        return Scenario.TargetGroupSpec(
            name: name, port: port, protocol: transport, targetType: targetType, healthCheck: check,
            deregistrationDelaySeconds: delay)
    }

    private func decodeLoadBalancer(_ node: ScenarioNode, names: ScenarioCatalog.ClusterNames) -> Scenario.LoadBalancerSpec? {
        guard let m = mapping(node) else { return nil }
        return clean {
            let name = required(m, "name").flatMap(name)
            let listeners = each(m, "listeners") { (item: ScenarioNode) -> Scenario.ListenerSpec? in
                guard let l = mapping(item) else { return nil }
                defer { finish(l) }
                let port = required(l, "port").flatMap { int($0, in: 1...65_535) }
                let transport = l.take("protocol").flatMap { choice($0, [("HTTP", "HTTP"), ("HTTPS", "HTTPS")]) } ?? "HTTP"
                let group = required(l, "targetGroup").flatMap { targetGroup($0, names: names) }
                guard let port, let group else { return nil }
                return Scenario.ListenerSpec(port: port, protocol: transport, targetGroup: group)
            }
            finish(m)
            return name.map { Scenario.LoadBalancerSpec(name: $0, listeners: listeners) }
        }
    }

    /// A target group of the cluster, by name or by an ARN ending in `targetgroup/<name>/…`.
    func targetGroup(_ node: ScenarioNode, names: ScenarioCatalog.ClusterNames) -> String? {
        guard let text = name(node) else { return nil }
        let parts = text.components(separatedBy: "targetgroup/")
        let plain = parts.count > 1 ? String(parts[1].prefix { $0 != "/" }) : text
        guard names.targetGroups.contains(plain) else {
            report("unknown target group \(plain) (the cluster defines \(Self.list(names.targetGroups)))", at: node)
            return nil
        }
        return plain
    }

    private func decodeScheduledTask(_ node: ScenarioNode, catalog: inout ScenarioCatalog) -> Scenario.ScheduledTaskSpec? {
        guard let m = mapping(node) else { return nil }
        let before = problems.count
        let name = required(m, "name").flatMap(name)
        if let name { catalog.anchor("Scheduled task \(name)", node) }
        let expression = required(m, "scheduleExpression").flatMap(string)
        let definition = required(m, "taskDefinition").flatMap { taskDefinitionReference($0, catalog: catalog) }
        let count = m.take("taskCount").flatMap { int($0, in: 1...10) } ?? 1
        let launchType = m.take("launchType").flatMap(launchType) ?? .ec2
        finish(m)
        guard let name, let expression, let definition, problems.count == before else { return nil }
        return Scenario.ScheduledTaskSpec(
            name: name, scheduleExpression: expression, taskDefinition: definition, taskCount: count, launchType: launchType)
    }

    func launchType(_ node: ScenarioNode) -> LaunchType? {
        choice(node, [("EC2", LaunchType.ec2), ("FARGATE", .fargate), ("EXTERNAL", .external)])
    }

    static func list(_ names: Set<String>) -> String { names.isEmpty ? "none" : names.sorted().joined(separator: ", ") }
}
