@testable import Dashboard
import Foundation
import Simulator
import Testing

/// The detail views (`i`): what they say about a service, an instance and a cluster, line by line.
@Suite struct DetailDocumentTests {
    private func texts(_ document: Document) -> [String] { document.lines.map(\.text) }

    private func dump(_ document: Document) -> String { texts(document).joined(separator: "\n") }

    /// The default scenario, without chaos, some minutes in.
    private static func simulated(minutes: Int) -> ControlPlaneSnapshot {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(Int64(minutes * 60)))
        return SimulatedControlPlane(simulator: simulator).snapshot()
    }

    // MARK: Service detail, hand-made

    private func serviceDocument(width: Int = 100, targets: [TargetHealthDescription]? = nil) -> Document {
        let (snapshot, cluster, web) = DetailFixture.make(targets: targets)
        return ServiceDetailDocument(service: web, cluster: cluster, snapshot: snapshot, width: width).build()
    }

    @Test func serviceHeaderSaysHowItRunsAndDeploys() {
        let lines = texts(serviceDocument())
        #expect(lines[0] == "Service web  prod")
        #expect(lines.contains("  Tasks          desired 3  running 2  pending 1"))
        #expect(lines.contains("  Task def       web:3"))
        #expect(lines.contains("  Scheduling     REPLICA"))
        #expect(lines.contains("  Deployment     min 50%  max 200%  circuit breaker on with rollback, threshold 3"))
    }

    @Test func deploymentsShowCountsAndRolloutState() throws {
        let lines = texts(serviceDocument())
        let header = try #require(lines.firstIndex(of: "Deployments"))
        #expect(Array(lines[header + 1...header + 3]) == [
            "  ID                           STATUS   TASKDEF  DESIRED  PENDING  RUNNING  FAILED  AGE  ROLLOUT",
            "  ecs-svc/2222222222222222222  PRIMARY  web:4          3        1        1       2   2m  IN_PROGRESS  ECS deployment ecs-svc/2222222222222222222 in progress.",
            "  ecs-svc/1234567890123456789  ACTIVE   web:3          3        0        2       0   4m  COMPLETED",
        ])
        let primary = serviceDocument().lines[header + 2]
        #expect(primary.spans.last?.role == .statusPending)
        #expect(primary.spans.contains { $0.text.trimmingCharacters(in: .whitespaces) == "2" && $0.role == .unhealthy })
    }

    @Test func everyTargetShowsItsHealthTroubledFirst() throws {
        let (_, cluster, _) = DetailFixture.make()
        let instances = Array(cluster.instances)
        let lines = texts(serviceDocument())
        #expect(lines.contains("    Targets      1 healthy, 1 initial, 1 unhealthy of 3"))
        #expect(lines.contains("    Health check HTTP / every 30s, timeout 5s, healthy 5, unhealthy 2, matcher 200"))
        let table = try #require(lines.firstIndex { $0.hasPrefix("    TARGET") })
        #expect(Array(lines[table + 1...table + 3]) == [
            "    \(instances[2].ec2InstanceID)  49153  unhealthy  \(SnapshotFixture.hex(2).prefix(8))  Target.ResponseCodeMismatch: Health checks failed with these codes: [503]",
            "    \(instances[0].ec2InstanceID)  49154  initial    \(SnapshotFixture.hex(3).prefix(8))  Elb.RegistrationInProgress: Target registration is in progress",
            "    \(instances[0].ec2InstanceID)  49153  healthy    \(SnapshotFixture.hex(1).prefix(8))  ",
        ])
        let unhealthy = serviceDocument().lines[table + 1]
        #expect(unhealthy.spans.contains { $0.text.hasPrefix("unhealthy") && $0.role == .unhealthy })
    }

    @Test func longTargetListsAreCappedWithACount() throws {
        let targets = (0..<120).map { n in
            TargetHealthDescription(targetID: "10.0.\(n / 250).\(n % 250)", port: 80, state: n % 6 == 0 ? .unhealthy : .healthy)
        }
        let lines = texts(serviceDocument(targets: targets))
        #expect(lines.contains("    Targets      100 healthy, 20 unhealthy of 120"))
        let table = try #require(lines.firstIndex { $0.hasPrefix("    TARGET") })
        let rows = lines[(table + 1)...].prefix { $0.hasPrefix("    10.") }
        #expect(rows.count == ServiceDetailDocument.targetLimit)
        #expect(rows.prefix(20).allSatisfy { $0.contains("unhealthy") })
        #expect(lines[table + 1 + rows.count] == "    … 70 more targets")
    }

    @Test func autoScalingShowsNowVersusTargetAndCooldownLeft() {
        let document = serviceDocument()
        let lines = texts(document)
        #expect(lines.contains("  Capacity       min 2  max 6  desired 3"))
        #expect(lines.contains("  Policy cpu60         CPU 62% / target 60%   cooldown out 300s, in 300s"))
        // Scaled out at 00:02:51 with a 300 s cooldown; it is 00:04:31.
        #expect(lines.contains("  Cooldown       3m 20s left after the scale-out at 00:02:51"))
        #expect(lines.contains("    00:02:51  Setting desired count to 3.  monitor alarm TargetTracking-service/prod/web-AlarmHigh-1 in state ALARM triggered policy cpu60"))
    }

    @Test func cooldownIsOverOnceItsSecondsHavePassed() {
        var (snapshot, cluster, web) = DetailFixture.make()
        snapshot.time = DetailFixture.now.addingTimeInterval(200)
        let document = ServiceDetailDocument(service: web, cluster: cluster, snapshot: snapshot, width: 100)
        #expect(document.cooldownLine(web.autoScaling!).text == "  Cooldown       over (last scale-out 5m ago)")
        web.autoScaling!.activities[0].cause = "monitor alarm TargetTracking-service/prod/web-AlarmLow-1 in state ALARM triggered policy cpu60"
        web.autoScaling!.policies[0].scaleInCooldownSeconds = 600
        #expect(document.cooldownLine(web.autoScaling!).text == "  Cooldown       5m left after the scale-in at 00:02:51")
    }

    @Test func historyChartsFillTheWidthWithKnownSamples() throws {
        let lines = texts(serviceDocument(width: 20))
        let cpu = try #require(lines.firstIndex { $0.hasPrefix("  CPU  recent samples") })
        #expect(Array(lines[cpu...cpu + 5]) == [
            "  CPU  recent samples  100%   min 0%  max 100%",
            "  100%│            █",
            "      │            █",
            "      │           ▄█",
            "      │           ██",
            "    0%│          ▁██",
        ])
        #expect(lines[cpu + 1].count == 20)
        #expect(lines.contains("  Memory  no data yet"))
    }

    @Test func eventsAreNewestFirstWithWarningsMarked() throws {
        let document = serviceDocument()
        let events = try #require(document.lines.firstIndex { $0.text == "Events" })
        #expect(document.lines[events + 1].text == "  00:04:28  (service web) has started 1 tasks: (task \(SnapshotFixture.hex(3))).")
        let (snapshot, cluster, _) = DetailFixture.make()
        let api = cluster.services[1]
        let apiDocument = ServiceDetailDocument(service: api, cluster: cluster, snapshot: snapshot, width: 80).build()
        let warning = try #require(apiDocument.lines.last { $0.text.contains("unable to place") })
        #expect(warning.spans.last?.role == .eventWarning)
        #expect(!texts(apiDocument).contains("Auto scaling"))
        #expect(!texts(apiDocument).contains("Load balancing"))
    }

    @Test func aDeletedServiceOrInstanceSaysSo() {
        let snapshot = SnapshotFixture.make()
        let state = AppState(glyphs: .unicode, readOnly: false)
        let model = DashboardModel(snapshot: snapshot, state: state)
        let service = ViewContent.document(
            for: ViewEntry(route: .detail(.service(cluster: "prod", service: "gone"))), model: model, state: state, width: 80)
        #expect(service.lines.isEmpty)
        #expect(service.emptyText == "service gone is gone")
        let instance = ViewContent.document(
            for: ViewEntry(route: .detail(.instance(cluster: "prod", instance: "nope"))), model: model, state: state, width: 80)
        #expect(instance.emptyText == "container instance nope is gone")
    }

    @Test func tinyWidthsAndEmptyServicesDoNotCrash() {
        for width in [0, 1, 5] {
            #expect(!serviceDocument(width: width).lines.isEmpty)
        }
        let empty = ServiceSnapshot(service: Service(
            name: "bare", arn: "arn", clusterARN: "c", taskDefinitionARN: "bare:1", desiredCount: 0, createdAt: SnapshotFixture.epoch))
        let snapshot = SnapshotFixture.make()
        let lines = texts(ServiceDetailDocument(service: empty, cluster: snapshot.clusters[1], snapshot: snapshot, width: 1).build())
        #expect(lines.contains("  no deployments"))
        #expect(lines.contains("  no events yet"))
    }

    // MARK: Instance detail, hand-made

    @Test func instanceResourceBarsForAKnownInstance() {
        let snapshot = SnapshotFixture.make()
        let cluster = snapshot.clusters[0]
        let instance = cluster.instances[0]  // 1536 of 2048 CPU, 4096 of 7680 MiB
        let lines = texts(InstanceDetailDocument(instance: instance, cluster: cluster, snapshot: snapshot, width: 60).build())
        // 60 columns: 2 + 9 label + 1 + a bar of 24 + 2 + 22 of detail.
        #expect(lines.contains("  CPU       " + String(repeating: "█", count: 18) + String(repeating: "░", count: 6) + "  1536 / 2048 units  75%"))
        #expect(lines.contains("  Memory    " + String(repeating: "█", count: 13) + String(repeating: "░", count: 11) + "  4096 / 7680 MiB  53%  "))
        #expect(lines.contains("  Ports     5 in use (5 reserved by the agent, 0 bound):  22 2375 2376 51678 51679"))
        #expect(lines.contains("  Status             ACTIVE"))
        #expect(lines.contains("  Agent              connected"))
    }

    @Test func instanceListsTheTasksPlacedOnIt() throws {
        let snapshot = SnapshotFixture.make()
        let cluster = snapshot.clusters[0]
        let document = InstanceDetailDocument(instance: cluster.instances[0], cluster: cluster, snapshot: snapshot, width: 100)
        let lines = texts(document.build())
        let header = try #require(lines.firstIndex(of: "Tasks on this instance (3)"))
        #expect(Array(lines[header + 1...header + 4]) == [
            "  TASK      GROUP        LAST     DESIRED  HEALTH   CPU  MEM  PORTS  AGE",
            "  \(SnapshotFixture.hex(1).prefix(8))  service:web  RUNNING  RUNNING  UNKNOWN  256  512  49153   5m",
            "  \(SnapshotFixture.hex(3).prefix(8))  service:web  PENDING  RUNNING  UNKNOWN  256  512  49154   3s",
            "  \(SnapshotFixture.hex(5).prefix(8))  service:api  RUNNING  RUNNING  UNKNOWN  256  512  49160  15m",
        ])
        let idle = InstanceDetailDocument(
            instance: cluster.instances[0], cluster: snapshot.clusters[1], snapshot: snapshot, width: 1).build()
        #expect(texts(idle).contains("  no tasks"))
    }

    /// prod with an Auto Scaling group behind a capacity provider that needs more instances, and FARGATE
    /// named by the cluster only.
    private func scaledFixture() -> (snapshot: ControlPlaneSnapshot, cluster: ClusterSnapshot) {
        var snapshot = SnapshotFixture.make()
        var cluster = snapshot.clusters[0]
        cluster.instances[0].autoScalingGroupName = "prod-asg"
        cluster.instances[0].capacityProviderName = "prod-cp"
        let launched = SnapshotFixture.epoch
        cluster.autoScalingGroups = [AutoScalingGroup(
            name: "prod-asg", arn: "arn:asg", launchTemplate: LaunchTemplate(name: "lt", instanceType: "m5.large", userData: ""),
            minSize: 1, maxSize: 6, desiredCapacity: 3, availabilityZones: ["us-east-1a", "us-east-1b"],
            instances: [
                .init(ec2InstanceID: cluster.instances[0].ec2InstanceID, availabilityZone: "us-east-1a", lifecycleState: .inService, launchedAt: launched),
                .init(ec2InstanceID: "i-0pending000000000", availabilityZone: "us-east-1b", lifecycleState: .pending, launchedAt: launched),
            ])]
        cluster.capacityProviders = [CapacityProvider(
            name: "prod-cp", arn: "arn:cp", autoScalingGroupName: "prod-asg",
            managedScaling: .init(targetCapacity: 100), reservation: 150)]
        cluster.cluster.capacityProviders = ["prod-cp", "FARGATE"]
        snapshot.clusters[0] = cluster
        return (snapshot, cluster)
    }

    @Test func instanceOfAnAutoScalingGroupShowsTheGroupAndItsLifecycle() {
        let (snapshot, cluster) = scaledFixture()
        let lines = texts(InstanceDetailDocument(instance: cluster.instances[0], cluster: cluster, snapshot: snapshot, width: 100).build())
        #expect(lines.contains("  Auto Scaling group prod-asg  desired 3  min 1  max 6  lifecycle InService"))
        #expect(lines.contains("  Capacity provider  prod-cp"))
        let other = texts(InstanceDetailDocument(instance: cluster.instances[1], cluster: cluster, snapshot: snapshot, width: 100).build())
        #expect(!other.contains { $0.hasPrefix("  Auto Scaling group") })
    }

    @Test func clusterOverviewShowsReservationAgainstTargetAndTheGroups() throws {
        let (snapshot, cluster) = scaledFixture()
        let document = ClusterOverviewDocument(cluster: cluster, snapshot: snapshot, width: 120).build()
        let lines = texts(document)
        let providers = try #require(lines.firstIndex(of: "Capacity providers"))
        #expect(Array(lines[providers + 1...providers + 3]) == [
            "  NAME     TYPE     STATUS  ASG       INSTANCES  RESERVATION  USE              MANAGED SCALING",
            "  prod-cp  EC2      ACTIVE  prod-asg          2         150%  0 tasks desired  target 100%, step 1 to 10000, warm-up 300s",
            "  FARGATE  Fargate  -       -                 -            -  0 tasks desired  not described",
        ])
        // Above the target: instances are on their way.
        #expect(document.lines[providers + 2].spans.contains { $0.text.hasSuffix("150%") && $0.role == .statusPending })
        let groups = try #require(lines.firstIndex(of: "Auto Scaling groups"))
        #expect(lines[groups + 2] == "  prod-asg  m5.large        3    1    6           1        1            0  1a 1b")
        #expect(lines.filter { $0.hasPrefix("  web ") } == ["  web   EC2           3        2        1  IN_PROGRESS        -  55%  39%"])
    }

    // MARK: The default scenario

    @Test func simulatedServiceDetail() throws {
        let snapshot = Self.simulated(minutes: 30)
        let cluster = snapshot.clusters[0]
        let web = try #require(cluster.service(named: "web"))
        let lines = texts(ServiceDetailDocument(service: web, cluster: cluster, snapshot: snapshot, width: 100).build())
        let deployment = web.service.deployments[0]
        #expect(lines.contains { $0.hasPrefix("  \(deployment.id)  PRIMARY  web:7 ") && $0.contains(" COMPLETED  ") })
        let targets = try #require(cluster.targetGroups.first { $0.name == "web-tg" }).targets
        #expect(lines.contains("    Targets      \(targets.count) healthy of \(targets.count)"))
        #expect(lines.contains { $0.hasPrefix("    \(targets[0].targetID)  \(targets[0].port)  healthy") })
        let policy = try #require(web.autoScaling?.policies.first)
        let cpuNow = Int(try #require(policy.currentValue).rounded())
        #expect(lines.contains { $0.hasPrefix("  Policy web-cpu60     CPU \(cpuNow)% / target 60%") })
        // Scaled in at 00:28:00; 120 of its 300 s have passed.
        #expect(lines.contains("  Cooldown       3m left after the scale-in at 00:28:00"))
        #expect(lines.contains { $0.hasPrefix("  CPU  per minute, last 30 min  ") })
        #expect(lines.contains("  00:28:35  (service web) has reached a steady state."))

        let frontend = try #require(cluster.service(named: "frontend"))
        let fargate = texts(ServiceDetailDocument(service: frontend, cluster: cluster, snapshot: snapshot, width: 100).build())
        #expect(fargate.contains("  Launch type    FARGATE"))
        let daemon = texts(ServiceDetailDocument(
            service: cluster.service(named: "log-router")!, cluster: cluster, snapshot: snapshot, width: 100).build())
        #expect(daemon.contains("  Scheduling     DAEMON"))
    }

    @Test func simulatedInstanceDetailListsEveryTaskOnIt() {
        let snapshot = Self.simulated(minutes: 10)
        let cluster = snapshot.clusters[0]
        for instance in cluster.instances {
            let expected = cluster.allTasks.filter { $0.containerInstanceID == instance.id }
            let document = InstanceDetailDocument(instance: instance, cluster: cluster, snapshot: snapshot, width: 100)
            #expect(document.tasksOnInstance().map(\.id) == expected.map(\.id))
            let lines = texts(document.build())
            #expect(lines.contains("Tasks on this instance (\(expected.count))"))
            for task in expected {
                #expect(lines.contains { $0.hasPrefix("  \(task.id.prefix(8))  \(task.group) ") })
            }
            #expect(lines.contains { $0.hasPrefix("  CPU       █") || $0.hasPrefix("  CPU       ░") })
        }
        #expect(cluster.instances.contains { !InstanceDetailDocument(instance: $0, cluster: cluster, snapshot: snapshot, width: 80).tasksOnInstance().isEmpty })
    }

    @Test func simulatedClusterOverview() {
        let snapshot = Self.simulated(minutes: 10)
        let cluster = snapshot.clusters[0]
        let lines = texts(ClusterOverviewDocument(cluster: cluster, snapshot: snapshot, width: 100).build())
        #expect(lines[0] == "Cluster prod")
        #expect(lines.contains { $0.hasPrefix("  prod-cp  EC2   ACTIVE  prod-asg          0         100%  ") })
        #expect(lines.contains { $0.hasPrefix("  prod-asg  m5.large  ") })
        #expect(lines.contains("Services (5)"))
        #expect(lines.contains { $0.hasPrefix("  web         EC2            4        4        0  COMPLETED      4/4  ") })
        #expect(lines.contains { $0.hasPrefix("  frontend    FARGATE        2        2        0  COMPLETED        -  ") })
        #expect(lines.contains { $0.hasPrefix("  log-router  DAEMON ") })
        #expect(lines.contains { $0.hasPrefix("  nightly-report  rate(10 minutes)  report:1") })
    }

    @Test func clusterOverviewOfAnEmptyCluster() {
        let snapshot = SnapshotFixture.make()
        let lines = texts(ClusterOverviewDocument(cluster: snapshot.clusters[1], snapshot: snapshot, width: 1).build())
        #expect(lines[0] == "Cluster staging")
        #expect(lines.contains("  no services"))
        #expect(!lines.contains("Capacity providers"))
    }

    // MARK: Logs

    @Test func logLinesAreColouredByLevelAndStatus() {
        #expect(LogsDocument.role(of: "GET /api/items 200 53ms") == .row)
        #expect(LogsDocument.role(of: "INFO processed job 1a2b3c4d in 512ms") == .row)
        #expect(LogsDocument.role(of: "GET /api/items 503 12ms") == .eventWarning)
        #expect(LogsDocument.role(of: "WARN memory usage at 94% of the 512 MiB limit") == .eventWarning)
        #expect(LogsDocument.role(of: "ERROR unhandled exception: connection pool exhausted") == .unhealthy)
        #expect(LogsDocument.role(of: "FATAL exiting with status 1") == .unhealthy)
        #expect(LogsDocument.role(of: "process exited with code 137") == .unhealthy)
        #expect(LogsDocument.role(of: "process exited with code 0") == .row)
    }
}
