import Dashboard
import Foundation

/// A small hand-made snapshot with known contents, so screens can be checked without a simulator.
enum SnapshotFixture {
    static let names = ResourceNames()
    static let epoch = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let now = epoch.addingTimeInterval(271)

    static func hex(_ seed: Int) -> String {
        var value = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 12345
        var text = ""
        for _ in 0..<32 {
            value = value &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(String(Int(value >> 60), radix: 16))
        }
        return text
    }

    static func instance(_ n: Int, cluster: String, zone: String, status: ContainerInstanceStatus = .active, used: Resources) -> ContainerInstance {
        let registered = Resources(cpu: 2048, memory: 7680)
        return ContainerInstance(
            id: hex(1000 + n), arn: names.containerInstanceARN(cluster: cluster, id: hex(1000 + n)),
            ec2InstanceID: "i-0\(String(hex(2000 + n).prefix(16)))", instanceType: "m5.large", availabilityZone: zone,
            status: status, registeredResources: registered, remainingResources: registered - used,
            runningTasksCount: used.cpu / 256, registeredAt: epoch)
    }

    static func task(_ n: Int, cluster: String, service: String, instance: ContainerInstance, status: TaskStatus,
                     desired: TaskStatus = .running, port: Int? = nil, age: Double) -> Task {
        var task = Task(
            id: hex(n), arn: names.taskARN(cluster: cluster, taskID: hex(n)), clusterARN: names.clusterARN(cluster),
            taskDefinitionARN: names.taskDefinitionARN(family: service, revision: 3), containerInstanceID: instance.id,
            ec2InstanceID: instance.ec2InstanceID, availabilityZone: instance.availabilityZone, lastStatus: status,
            desiredStatus: desired, group: "service:\(service)", startedBy: "ecs-svc/1234567890123456789", cpu: 256,
            memory: 512,
            containers: [Container(name: service, image: "nginx:1.27", lastStatus: status,
                                   networkBindings: port.map { [NetworkBinding(containerPort: 80, hostPort: $0)] } ?? [])],
            createdAt: now.addingTimeInterval(-age))
        task.startedAt = status >= .running ? now.addingTimeInterval(-age + 5) : nil
        return task
    }

    static func service(_ name: String, cluster: String, desired: Int, tasks: [Task], cpu: Double, events: [String]) -> ServiceSnapshot {
        let running = tasks.filter { $0.lastStatus == .running }.count
        let pending = tasks.filter { $0.lastStatus < .running }.count
        let deployment = Deployment(
            id: "ecs-svc/1234567890123456789", taskDefinitionARN: names.taskDefinitionARN(family: name, revision: 3),
            desiredCount: desired, pendingCount: pending, runningCount: running,
            rolloutState: running == desired ? .completed : .inProgress, createdAt: epoch, updatedAt: epoch)
        let serviceEvents = events.enumerated().map { index, message in
            ServiceEvent(id: "\(name)-\(index)", createdAt: now.addingTimeInterval(Double(-index * 7 - name.count)), message: message)
        }
        return ServiceSnapshot(
            service: Service(
                name: name, arn: names.serviceARN(cluster: cluster, service: name), clusterARN: names.clusterARN(cluster),
                taskDefinitionARN: names.taskDefinitionARN(family: name, revision: 3), desiredCount: desired,
                runningCount: running, pendingCount: pending, deployments: [deployment], events: serviceEvents,
                createdAt: epoch),
            tasks: tasks, cpuUtilization: cpu, memoryUtilization: cpu * 0.7)
    }

    static func make(paused: Bool = false) -> ControlPlaneSnapshot {
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        let instances = (0..<3).map { n in
            instance(n, cluster: "prod", zone: zones[n], status: n == 1 ? .draining : .active,
                     used: Resources(cpu: [1536, 512, 1024][n], memory: [4096, 1024, 2048][n]))
        }
        let web = service("web", cluster: "prod", desired: 3, tasks: [
            task(1, cluster: "prod", service: "web", instance: instances[0], status: .running, port: 49153, age: 300),
            task(2, cluster: "prod", service: "web", instance: instances[2], status: .running, port: 49153, age: 240),
            task(3, cluster: "prod", service: "web", instance: instances[0], status: .pending, port: 49154, age: 3),
            task(4, cluster: "prod", service: "web", instance: instances[1], status: .stopped, desired: .stopped, port: 49155, age: 600),
        ], cpu: 0.55, events: [
            "(service web) has started 1 tasks: (task \(hex(3))).",
            "(service web) has stopped 1 running tasks: (task \(hex(4))).",
            "(service web) has reached a steady state.",
        ])
        let api = service("api", cluster: "prod", desired: 2, tasks: [
            task(5, cluster: "prod", service: "api", instance: instances[0], status: .running, port: 49160, age: 900),
            task(6, cluster: "prod", service: "api", instance: instances[2], status: .running, port: 49160, age: 900),
        ], cpu: 0.31, events: [
            "(service api) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \(hex(1002))) has insufficient memory available.",
        ])
        var prodCluster = Cluster(name: "prod", arn: names.clusterARN("prod"))
        prodCluster.registeredContainerInstancesCount = 3
        prodCluster.runningTasksCount = 4
        prodCluster.pendingTasksCount = 1
        prodCluster.activeServicesCount = 2
        let prod = ClusterSnapshot(
            cluster: prodCluster, services: [web, api], instances: instances,
            metrics: ClusterMetrics(
                cpuUtilization: (0..<30).map { 0.4 + 0.2 * sin(Double($0) / 4) },
                memoryUtilization: (0..<30).map { 0.5 + 0.1 * cos(Double($0) / 5) }))
        let staging = ClusterSnapshot(cluster: Cluster(name: "staging", arn: names.clusterARN("staging")))
        return ControlPlaneSnapshot(
            time: now, source: .simulation(seed: 42, speed: 1, paused: paused, elapsed: .seconds(271)),
            clusters: [prod, staging])
    }
}
