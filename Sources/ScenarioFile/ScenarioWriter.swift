import ECSModel
import Simulator

/// Writes a `Scenario` as a scenario file (`ecstop export`), in the format `docs/scenario-format.md`
/// describes and the loader reads: ECS's field names, defaults left out, durations in seconds.
public struct ScenarioWriter {
    public var name: String?
    public var seed: UInt64?
    public var chaos: ChaosLevel?
    /// Comment lines written at the top.
    public var header: [String]

    public init(name: String? = nil, seed: UInt64? = nil, chaos: ChaosLevel? = nil, header: [String] = []) {
        self.name = name
        self.seed = seed
        self.chaos = chaos
        self.header = header
    }

    public func text(of scenario: Scenario) -> String {
        var yaml = YAMLText()
        for line in header { yaml.comment(line) }
        yaml.field("name", name.map(YAMLText.Scalar.string))
        yaml.field("seed", seed.map { .int(Int(truncatingIfNeeded: $0)) })
        yaml.field("chaos", chaos.map { .string($0.rawValue) })
        yaml.blank()
        yaml.section("taskDefinitions") { yaml in
            for definition in scenario.taskDefinitions { yaml.item { write(definition, into: &$0) } }
        }
        yaml.blank()
        yaml.section("clusters") { yaml in
            for cluster in scenario.clusters { yaml.item { write(cluster, into: &$0) } }
        }
        if !scenario.faultSchedule.isEmpty {
            yaml.blank()
            yaml.section("faults") { yaml in
                for entry in scenario.faultSchedule { write(entry, into: &yaml) }
            }
        }
        return yaml.text
    }

    // MARK: Task definitions (register-task-definition)

    private func write(_ spec: Scenario.TaskDefinitionSpec, into yaml: inout YAMLText) {
        yaml.field("family", .string(spec.family))
        yaml.field("revision", .int(spec.revision))
        if spec.networkMode != .bridge { yaml.field("networkMode", .string(spec.networkMode.rawValue)) }
        yaml.list("requiresCompatibilities", spec.options.requiresCompatibilities.map { .string($0.rawValue) })
        yaml.field("cpu", spec.cpu.map { .string(String($0)) })
        yaml.field("memory", spec.memory.map { .string(String($0)) })
        yaml.field("executionRoleArn", spec.options.executionRoleARN.map(YAMLText.Scalar.string))
        yaml.field("taskRoleArn", spec.options.taskRoleARN.map(YAMLText.Scalar.string))
        if !spec.options.volumes.isEmpty {
            yaml.section("volumes") { yaml in
                for volume in spec.options.volumes {
                    yaml.inlineItem([
                        ("name", .string(volume.name)),
                        ("host", volume.hostSourcePath.map { .flow(YAMLText.flow([("sourcePath", .string($0))])) }),
                    ])
                }
            }
        }
        yaml.section("containerDefinitions") { yaml in
            for container in spec.containerDefinitions { yaml.item { write(container, into: &$0) } }
        }
    }

    private func write(_ container: ContainerDefinition, into yaml: inout YAMLText) {
        yaml.field("name", .string(container.name))
        yaml.field("image", .string(container.image))
        if container.cpu != 0 { yaml.field("cpu", .int(container.cpu)) }
        yaml.field("memory", container.memory.map(YAMLText.Scalar.int))
        yaml.field("memoryReservation", container.memoryReservation.map(YAMLText.Scalar.int))
        if !container.essential { yaml.field("essential", .bool(false)) }
        if !container.portMappings.isEmpty {
            yaml.list("portMappings", container.portMappings.map { mapping in
                .flow(YAMLText.flow([
                    ("containerPort", .int(mapping.containerPort)), ("hostPort", mapping.hostPort.map(YAMLText.Scalar.int)),
                    ("protocol", mapping.protocol == .tcp ? nil : .string(mapping.protocol.rawValue)),
                ]))
            })
        }
        if !container.environment.isEmpty {
            yaml.list("environment", container.environment.map { .flow(YAMLText.flow([("name", .string($0.name)), ("value", .string($0.value))])) })
        }
        yaml.list("command", container.command.map(YAMLText.Scalar.string))
        yaml.list("entryPoint", container.entryPoint.map(YAMLText.Scalar.string))
        if let log = container.logConfiguration {
            let options = log.options.sorted { $0.key < $1.key }.map { ($0.key, Optional(YAMLText.Scalar.string($0.value))) }
            yaml.inline("logConfiguration", [("logDriver", .string(log.logDriver)), ("options", .flow(YAMLText.flow(options)))])
        }
        if let check = container.healthCheck {
            yaml.inline("healthCheck", [
                ("command", .flow("[" + check.command.map { YAMLText.Scalar.string($0).text }.joined(separator: ", ") + "]")),
                ("interval", .int(check.interval)), ("timeout", .int(check.timeout)), ("retries", .int(check.retries)),
                ("startPeriod", .int(check.startPeriod)),
            ])
        }
    }

    // MARK: Clusters

    private func write(_ cluster: Scenario.ClusterSpec, into yaml: inout YAMLText) {
        yaml.field("clusterName", .string(cluster.name))
        if !cluster.instances.isEmpty {
            yaml.section("instances") { yaml in
                for (spec, count) in Self.runs(of: cluster.instances) {
                    let attributes = spec.attributes.sorted { $0.key < $1.key }.map { ($0.key, Optional(YAMLText.Scalar.string($0.value))) }
                    yaml.inlineItem([
                        ("instanceType", .string(spec.instanceType)), ("availabilityZone", .string(spec.availabilityZone)),
                        ("count", count == 1 ? nil : .int(count)),
                        ("attributes", attributes.isEmpty ? nil : .flow(YAMLText.flow(attributes))),
                    ])
                }
            }
        }
        if !cluster.autoScalingGroups.isEmpty {
            yaml.section("autoScalingGroups") { yaml in
                for group in cluster.autoScalingGroups {
                    yaml.item { yaml in
                        yaml.field("autoScalingGroupName", .string(group.name))
                        yaml.inline("launchTemplate", [
                            ("launchTemplateName", .string(group.launchTemplate.name)),
                            ("instanceType", .string(group.launchTemplate.instanceType)),
                            ("imageId", .string(group.launchTemplate.imageID)),
                            ("userData", .string(group.launchTemplate.userData)),
                        ])
                        yaml.field("minSize", .int(group.minSize))
                        yaml.field("maxSize", .int(group.maxSize))
                        yaml.field("desiredCapacity", .int(group.desiredCapacity))
                        yaml.list("availabilityZones", group.availabilityZones.map(YAMLText.Scalar.string))
                    }
                }
            }
        }
        if !cluster.capacityProviders.isEmpty {
            yaml.section("capacityProviders") { yaml in
                for provider in cluster.capacityProviders {
                    yaml.item { yaml in
                        yaml.field("name", .string(provider.name))
                        yaml.section("autoScalingGroupProvider") { yaml in
                            yaml.field("autoScalingGroupArn", .string(provider.autoScalingGroup))
                            if let scaling = provider.managedScaling {
                                yaml.inline("managedScaling", [
                                    ("status", .string(scaling.enabled ? "ENABLED" : "DISABLED")),
                                    ("targetCapacity", .int(scaling.targetCapacity)),
                                    ("minimumScalingStepSize", .int(scaling.minimumScalingStepSize)),
                                    ("maximumScalingStepSize", .int(scaling.maximumScalingStepSize)),
                                    ("instanceWarmupPeriod", .int(scaling.instanceWarmupPeriod)),
                                ])
                            }
                        }
                    }
                }
            }
        }
        write(strategy: cluster.defaultCapacityProviderStrategy, key: "defaultCapacityProviderStrategy", into: &yaml)
        if !cluster.loadBalancers.isEmpty {
            yaml.section("loadBalancers") { yaml in
                for balancer in cluster.loadBalancers {
                    yaml.item { yaml in
                        yaml.field("name", .string(balancer.name))
                        yaml.list("listeners", balancer.listeners.map { listener in
                            .flow(YAMLText.flow([
                                ("port", .int(listener.port)), ("protocol", .string(listener.protocol)),
                                ("targetGroup", .string(listener.targetGroup)),
                            ]))
                        })
                    }
                }
            }
        }
        if !cluster.targetGroups.isEmpty {
            yaml.section("targetGroups") { yaml in
                for group in cluster.targetGroups { yaml.item { write(group, into: &$0) } }
            }
        }
        if !cluster.services.isEmpty {
            yaml.section("services") { yaml in
                for service in cluster.services { yaml.item { write(service, into: &$0) } }
            }
        }
        if !cluster.standaloneTasks.isEmpty {
            yaml.section("tasks") { yaml in
                for task in cluster.standaloneTasks {
                    yaml.inlineItem([("taskDefinition", .string(task.taskDefinition)), ("count", .int(task.count))])
                }
            }
        }
        if !cluster.scheduledTasks.isEmpty {
            yaml.section("scheduledTasks") { yaml in
                for task in cluster.scheduledTasks {
                    yaml.inlineItem([
                        ("name", .string(task.name)), ("scheduleExpression", .string(task.scheduleExpression)),
                        ("taskDefinition", .string(task.taskDefinition)), ("taskCount", .int(task.taskCount)),
                        ("launchType", .string(task.launchType.rawValue)),
                    ])
                }
            }
        }
    }

    private func write(_ group: Scenario.TargetGroupSpec, into yaml: inout YAMLText) {
        yaml.field("name", .string(group.name))
        yaml.field("port", .int(group.port))
        yaml.field("protocol", .string(group.protocol))
        yaml.field("targetType", .string(group.targetType.rawValue))
        yaml.field("healthCheckPath", .string(group.healthCheck.path))
        yaml.field("healthCheckIntervalSeconds", .int(group.healthCheck.intervalSeconds))
        yaml.field("healthCheckTimeoutSeconds", .int(group.healthCheck.timeoutSeconds))
        yaml.field("healthyThresholdCount", .int(group.healthCheck.healthyThresholdCount))
        yaml.field("unhealthyThresholdCount", .int(group.healthCheck.unhealthyThresholdCount))
        yaml.inline("matcher", [("httpCode", .string(group.healthCheck.matcher))])
        yaml.field("deregistrationDelaySeconds", .int(group.deregistrationDelaySeconds))
    }

    // MARK: Services (create-service)

    private func write(_ service: Scenario.ServiceSpec, into yaml: inout YAMLText) {
        yaml.field("serviceName", .string(service.name))
        yaml.field("taskDefinition", .string(service.taskDefinition))
        if service.placement.schedulingStrategy == .replica { yaml.field("desiredCount", .int(service.desiredCount)) }
        yaml.field("launchType", service.placement.launchType.map { .string($0.rawValue) })
        write(strategy: service.placement.capacityProviderStrategy, key: "capacityProviderStrategy", into: &yaml)
        if service.placement.schedulingStrategy != .replica {
            yaml.field("schedulingStrategy", .string(service.placement.schedulingStrategy.rawValue))
        }
        let deployment = service.deploymentConfiguration
        yaml.section("deploymentConfiguration") { yaml in
            yaml.field("minimumHealthyPercent", .int(deployment.minimumHealthyPercent))
            yaml.field("maximumPercent", .int(deployment.maximumPercent))
            yaml.inline("deploymentCircuitBreaker", [
                ("enable", .bool(deployment.deploymentCircuitBreaker.enable)),
                ("rollback", .bool(deployment.deploymentCircuitBreaker.rollback)),
            ])
        }
        if !service.placement.placementStrategy.isEmpty {
            yaml.list("placementStrategy", service.placement.placementStrategy.map { strategy in
                .flow(YAMLText.flow([("type", .string(strategy.type.rawValue)), ("field", strategy.field.map(YAMLText.Scalar.string))]))
            })
        }
        if !service.placement.placementConstraints.isEmpty {
            yaml.list("placementConstraints", service.placement.placementConstraints.map { constraint in
                .flow(YAMLText.flow([
                    ("type", .string(constraint.type.rawValue)), ("expression", constraint.expression.map(YAMLText.Scalar.string)),
                ]))
            })
        }
        if !service.loadBalancers.isEmpty {
            yaml.list("loadBalancers", service.loadBalancers.map { balancer in
                .flow(YAMLText.flow([
                    ("targetGroupArn", .string(balancer.targetGroup)), ("containerName", .string(balancer.containerName)),
                    ("containerPort", .int(balancer.containerPort)),
                ]))
            })
        }
        if service.healthCheckGracePeriodSeconds != 0 {
            yaml.field("healthCheckGracePeriodSeconds", .int(service.healthCheckGracePeriodSeconds))
        }
        if let workload = service.workload { write(workload, into: &yaml) }
        if let scaling = service.autoScaling {
            yaml.section("autoScaling") { yaml in
                yaml.field("minCapacity", .int(scaling.minCapacity))
                yaml.field("maxCapacity", .int(scaling.maxCapacity))
                yaml.section("policies") { yaml in
                    for policy in scaling.policies {
                        yaml.item { yaml in
                            yaml.field("policyName", .string(policy.name))
                            yaml.field("predefinedMetricType", .string(policy.metric.rawValue))
                            yaml.field("targetValue", .double(policy.targetValue))
                            yaml.field("scaleOutCooldown", .int(policy.scaleOutCooldownSeconds))
                            yaml.field("scaleInCooldown", .int(policy.scaleInCooldownSeconds))
                            if policy.disableScaleIn { yaml.field("disableScaleIn", .bool(true)) }
                        }
                    }
                }
            }
        }
    }

    private func write(_ workload: Scenario.WorkloadSpec, into yaml: inout YAMLText) {
        yaml.section("workload") { yaml in
            yaml.field("requestsPerSecond", .double(workload.requestsPerSecond))
            if let wave = workload.wave {
                yaml.inline("wave", [("period", .double(wave.period)), ("amplitude", .double(wave.amplitude)), ("phase", .double(wave.phase))])
            }
            if !workload.spikes.isEmpty {
                yaml.list("spikes", workload.spikes.map { spike in
                    .flow(YAMLText.flow([("at", .double(spike.at)), ("duration", .double(spike.duration)), ("multiplier", .double(spike.multiplier))]))
                })
            }
            if let random = workload.randomSpikes {
                yaml.inline("randomSpikes", [
                    ("perHour", .double(random.perHour)),
                    ("multiplier", .flow("[\(YAMLText.Scalar.double(random.multiplier.lowerBound).text), \(YAMLText.Scalar.double(random.multiplier.upperBound).text)]")),
                    ("duration", .flow("[\(YAMLText.Scalar.double(random.duration.lowerBound).text), \(YAMLText.Scalar.double(random.duration.upperBound).text)]")),
                ])
            }
            yaml.field("requestsPerTaskAtFullCPU", .double(workload.requestsPerTaskAtFullCPU))
            yaml.field("idleCPU", .double(workload.idleCPU))
            yaml.field("baseMemory", .double(workload.baseMemory))
            yaml.field("memoryPerLoad", .double(workload.memoryPerLoad))
            yaml.field("errorRate", .double(workload.errorRate))
            yaml.list("paths", workload.paths.map(YAMLText.Scalar.string))
        }
    }

    private func write(strategy: [CapacityProviderStrategyItem], key: String, into yaml: inout YAMLText) {
        guard !strategy.isEmpty else { return }
        yaml.list(key, strategy.map { item in
            .flow(YAMLText.flow([
                ("capacityProvider", .string(item.capacityProvider)), ("weight", .int(item.weight)),
                ("base", item.base == 0 ? nil : .int(item.base)),
            ]))
        })
    }

    // MARK: Faults

    private func write(_ entry: Scenario.FaultScheduleEntry, into yaml: inout YAMLText) {
        var pairs: [(String, YAMLText.Scalar?)] = [("at", .double(entry.at)), ("every", entry.every.map(YAMLText.Scalar.double))]
        let fault: (String, [(String, YAMLText.Scalar?)])? = switch entry.fault {
        case .crashTask(let cluster, let service): ("crashTask", [("cluster", .string(cluster)), ("service", .string(service))])
        case .outOfMemory(let cluster, let service): ("outOfMemory", [("cluster", .string(cluster)), ("service", .string(service))])
        case .terminateInstance(let cluster, let group):
            ("terminateInstance", [("cluster", .string(cluster)), ("autoScalingGroup", group.map(YAMLText.Scalar.string))])
        case .disconnectAgent(let cluster, let duration):
            ("disconnectAgent", [("cluster", .string(cluster)), ("duration", .double(duration))])
        case .loseAvailabilityZone(let cluster, let zone, let duration):
            ("loseAvailabilityZone", [("cluster", .string(cluster)), ("zone", .string(zone)), ("duration", duration.map(YAMLText.Scalar.double))])
        case .exactly:
            nil  // faults aimed at one task or instance id do not outlive the run that had that id
        }
        guard let fault else { return }
        pairs.append((fault.0, .flow(YAMLText.flow(fault.1))))
        yaml.inlineItem(pairs)
    }

    /// Consecutive equal instance specs as (spec, count), so six instances read as three lines.
    private static func runs(of instances: [Scenario.InstanceSpec]) -> [(Scenario.InstanceSpec, Int)] {
        var runs: [(Scenario.InstanceSpec, Int)] = []
        for instance in instances {
            if let last = runs.last, last.0.instanceType == instance.instanceType,
               last.0.availabilityZone == instance.availabilityZone, last.0.attributes == instance.attributes {
                runs[runs.count - 1].1 += 1
            } else {
                runs.append((instance, 1))
            }
        }
        return runs
    }
}
