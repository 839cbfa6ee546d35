import Simulator

/// Scenarios for deployments and load balancing: one cluster `c` of m5.large instances and a service `svc`
/// of family `app` (container `app`, port 80, dynamic host port), with more revisions to deploy.
enum RolloutHarness {
    /// `images`: one revision of `app` per image, `app:1` first. `targetGroup`: put the service behind
    /// target group `tg` with this health check.
    static func scenario(
        images: [String] = ["nginx:1.27", "nginx:1.28"], service image: Int = 1, instances: Int = 4, desired: Int = 4,
        configuration: DeploymentConfiguration = DeploymentConfiguration(),
        targetGroup healthCheck: TargetGroupHealthCheck? = nil, targetType: TargetGroup.TargetType = .instance,
        deregistrationDelay: Int = 300, gracePeriod: Int = 0, containerHealthCheck: ContainerHealthCheck? = nil,
        networkMode: NetworkMode = .bridge
    ) -> Scenario {
        let definitions = images.enumerated().map { k, image in
            Scenario.TaskDefinitionSpec(family: "app", revision: k + 1, networkMode: networkMode, containerDefinitions: [
                ContainerDefinition(
                    name: "app", image: image, cpu: 256, memory: 512,
                    portMappings: [PortMapping(containerPort: 80, hostPort: networkMode == .bridge ? 0 : nil)],
                    healthCheck: containerHealthCheck)
            ])
        }
        let instanceSpecs = (0..<instances).map { Scenario.InstanceSpec(instanceType: "m5.large", availabilityZone: Harness.zones[$0 % 3]) }
        guard let healthCheck else {
            var service = Scenario.ServiceSpec(
                name: "svc", taskDefinition: "app:\(image)", desiredCount: desired, deploymentConfiguration: configuration)
            service.healthCheckGracePeriodSeconds = gracePeriod
            return Scenario(taskDefinitions: definitions, clusters: [.init(name: "c", instances: instanceSpecs, services: [service])])
        }
        return Scenario(taskDefinitions: definitions, clusters: [
            .init(
                name: "c", instances: instanceSpecs,
                services: [.init(
                    name: "svc", taskDefinition: "app:\(image)", desiredCount: desired, deploymentConfiguration: configuration,
                    loadBalancers: [.init(targetGroup: "tg", containerName: "app", containerPort: 80)],
                    healthCheckGracePeriodSeconds: gracePeriod)],
                targetGroups: [.init(
                    name: "tg", port: 80, targetType: targetType, healthCheck: healthCheck,
                    deregistrationDelaySeconds: deregistrationDelay)],
                loadBalancers: [.init(name: "alb", listeners: [.init(port: 80, targetGroup: "tg")])])
        ])
    }

    static let tgARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/"
}

extension Simulator {
    func deploy(_ taskDefinition: String?, force: Bool = false, cluster: String = "c", service: String = "svc") throws {
        try execute(.updateService(ServiceUpdate(
            cluster: cluster, service: service, taskDefinition: taskDefinition, forceNewDeployment: force)))
    }

    func targetGroup(_ name: String = "tg", in cluster: String = "c") -> TargetGroup {
        self.cluster(cluster).targetGroups.first { $0.name == name }!
    }

    /// Tasks meant to run, by task definition revision (`app:2` → 2).
    func activeTasks(revision: Int, _ service: String = "svc", in cluster: String = "c") -> [Task] {
        activeTasks(service, in: cluster).filter { $0.taskDefinitionARN.hasSuffix(":\(revision)") }
    }

    /// Seconds since the simulation started.
    var seconds: Double { Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18 }
}

extension ServiceEvent {
    /// Simulated seconds since the start at which the event was written.
    var second: Double { createdAt.timeIntervalSince(Simulator.epoch) }
}
