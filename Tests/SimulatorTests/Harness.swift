import Simulator

/// Small builders and readers shared by the tests.
enum Harness {
    static let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]

    /// One cluster `c` with `instances` instances of `type` spread over the zones in turn, and one bridge
    /// service `svc` of `desired` tasks (cpu, memory, container port 80 with a dynamic host port unless
    /// `hostPort` is given).
    static func scenario(
        instances: Int = 6, type: String = "m5.large", desired: Int = 4, cpu: Int = 256, memory: Int = 512,
        hostPort: Int? = 0, configuration: DeploymentConfiguration = DeploymentConfiguration(),
        standalone: Int = 0
    ) -> Scenario {
        Scenario(
            taskDefinitions: [
                .init(family: "app", containerDefinitions: [
                    ContainerDefinition(
                        name: "app", image: "nginx:1.27", cpu: cpu, memory: memory,
                        portMappings: hostPort.map { [PortMapping(containerPort: 80, hostPort: $0)] } ?? [])
                ]),
                .init(family: "job", containerDefinitions: [
                    ContainerDefinition(name: "job", image: "busybox", cpu: 128, memory: 128)
                ]),
            ],
            clusters: [
                .init(
                    name: "c",
                    instances: (0..<instances).map { .init(instanceType: type, availabilityZone: zones[$0 % 3]) },
                    services: [.init(name: "svc", taskDefinition: "app", desiredCount: desired, deploymentConfiguration: configuration)],
                    standaloneTasks: standalone > 0 ? [.init(taskDefinition: "job", count: standalone)] : [])
            ])
    }
}

extension Simulator {
    func advance(seconds: Double) { advance(by: .milliseconds(Int64(seconds * 1000))) }

    func cluster(_ name: String = "c") -> ClusterSnapshot { snapshot().cluster(named: name)! }

    func service(_ name: String = "svc", in cluster: String = "c") -> ServiceSnapshot {
        self.cluster(cluster).service(named: name)!
    }

    func task(_ id: String, in cluster: String = "c") -> Task? { self.cluster(cluster).allTasks.first { $0.id == id } }

    func instance(_ id: String, in cluster: String = "c") -> ContainerInstance {
        self.cluster(cluster).instances.first { $0.id == id }!
    }

    /// Tasks of the service meant to run.
    func activeTasks(_ service: String = "svc", in cluster: String = "c") -> [Task] {
        self.service(service, in: cluster).tasks.filter { $0.desiredStatus == .running }
    }

    /// Advances in small steps until `condition` holds; returns the simulated seconds waited, or nil.
    func advance(until condition: () -> Bool, within seconds: Double, step: Double = 0.1) -> Double? {
        var waited = 0.0
        while waited <= seconds {
            if condition() { return waited }
            advance(seconds: step)
            waited += step
        }
        return nil
    }
}

extension ServiceSnapshot {
    var messages: [String] { service.events.map(\.message) }
}
