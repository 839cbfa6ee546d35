import ECSModel
import Foundation
import ScenarioFile
import Simulator
import Testing

@Suite struct ScenarioFileTests {
    private func load(_ text: String, folder: String = ".") -> Result<LoadedScenario, ScenarioReport> {
        ScenarioFile.load(text: text, file: "test.yaml", folder: folder, defaultName: "test")
    }

    private func problems(_ text: String) -> [String] {
        guard case .failure(let report) = load(text) else { return ["loaded"] }
        return report.lines
    }

    private static let minimal = """
        taskDefinitions:
          - { family: web, containerDefinitions: [{ name: web, image: nginx, memory: 512 }] }
        clusters:
          - clusterName: prod
            instances: [{ instanceType: m5.large, availabilityZone: us-east-1a, count: 2 }]
            services: [{ serviceName: web, taskDefinition: web, desiredCount: 2 }]
        """

    @Test func runSettingsAndNameComeFromTheFile() throws {
        let loaded = try ScenarioFile.load(path: RepositoryFiles.path("examples/shop.yaml")).get()
        #expect(loaded.name == "shop")
        #expect(loaded.seed == 7 && loaded.speed == 2 && loaded.chaos == .off)
        #expect(loaded.description?.hasPrefix("Fargate checkout") == true)
        #expect(loaded.scenario.faultSchedule.count == 5)
        let minimal = try load(Self.minimal).get()
        #expect(minimal.name == "test" && minimal.seed == nil && minimal.speed == nil && minimal.chaos == nil)
        #expect(minimal.scenario.clusters[0].instances.count == 2)
    }

    @Test func fieldsTheSimulatorDoesNotUseAreListedNotRefused() throws {
        let loaded = try ScenarioFile.load(path: RepositoryFiles.path("examples/shop.yaml")).get()
        let ignored = loaded.ignoredFields.map(\.description)
        for expected in [
            "examples/shop.yaml:25:5: taskDefinitions[2].pidMode",
            "examples/shop.yaml:40:5: clusters[0].settings",
            "examples/shop.yaml:67:9: clusters[0].services[0].networkConfiguration",
            "examples/shop.yaml:68:9: clusters[0].services[0].enableExecuteCommand",
            "examples/shop.yaml:69:9: clusters[0].services[0].propagateTags",
            "examples/taskdefs/checkout.json:22:7: taskDefinitions[0].containerDefinitions[0].ulimits",
            "examples/taskdefs/checkout.json:25:3: taskDefinitions[0].tags",
        ] {
            #expect(ignored.contains { $0.hasSuffix(expected) }, "\(expected) in \(ignored)")
        }
        let unknownTopLevel = try load(Self.minimal + "\nowner: platform-team\n").get()
        #expect(unknownTopLevel.ignoredFields.map(\.description) == ["test.yaml:7:1: owner"])
    }

    @Test func revisionsDefaultToOneThenTheNextFree() throws {
        let loaded = try load("""
            taskDefinitions:
              - { family: web, containerDefinitions: [{ name: web, image: "nginx:1", memory: 512 }] }
              - { family: web, revision: 2, containerDefinitions: [{ name: web, image: "nginx:2", memory: 512 }] }
              - { family: web, containerDefinitions: [{ name: web, image: "nginx:3", memory: 512 }] }
            clusters: []
            """).get()
        #expect(loaded.scenario.taskDefinitions.map { "\($0.family):\($0.revision) \($0.containerDefinitions[0].image)" }
            == ["web:1 nginx:1", "web:2 nginx:2", "web:3 nginx:3"])
    }

    @Test func taskSizesAndDurationsReadAsECSWritesThem() throws {
        let loaded = try load("""
            taskDefinitions:
              - family: app
                networkMode: awsvpc
                requiresCompatibilities: [FARGATE]
                cpu: 1 vCPU
                memory: "2 GB"
                containerDefinitions: [{ name: app, image: app }]
            clusters:
              - clusterName: prod
                services:
                  - serviceName: app
                    taskDefinition: app
                    desiredCount: 1
                    launchType: FARGATE
                    workload: { requestsPerSecond: 5, wave: { period: 1m30s, amplitude: 0.5, phase: 45 } }
            faults: [{ at: 1h, every: 90s, crashTask: { cluster: prod, service: app } }]
            """).get()
        let definition = loaded.scenario.taskDefinitions[0]
        #expect(definition.cpu == 1024 && definition.memory == 2048)
        let wave = loaded.scenario.clusters[0].services[0].workload?.wave
        #expect(wave?.period == 90 && wave?.phase == 45)
        #expect(loaded.scenario.faultSchedule.first.map { ($0.at, $0.every) } ?? (0, nil) == (3600, 90))
    }

    @Test func jsonIsAScenarioFileToo() throws {
        let loaded = try load("""
            {"taskDefinitions": [{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 512}]}],
             "clusters": [{"clusterName": "prod",
                           "instances": [{"instanceType": "t3.medium", "availabilityZone": "us-east-1a"}],
                           "services": [{"serviceName": "web", "taskDefinition": "web:1",
                                         "desiredCount": "four"}]}]}
            """)
        guard case .failure(let report) = loaded else { Issue.record("loaded"); return }
        #expect(report.lines == [
            #"test.yaml:5:46: clusters[0].services[0].desiredCount: expected a whole number from 0 to 5000, found "four""#
        ])
    }

    @Test func describeTaskDefinitionOutputIsAcceptedAsSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"taskDefinition": {"family": "api", "revision": 4, "containerDefinitions": [{"name": "api", "image": "api", "memory": 256}]}}"#
            .write(to: folder.appendingPathComponent("api.json"), atomically: true, encoding: .utf8)
        let loaded = try load("taskDefinitions: [{ file: api.json }]\nclusters: []\n", folder: folder.path).get()
        #expect(loaded.scenario.taskDefinitions.map { "\($0.family):\($0.revision)" } == ["api:4"])
    }

    @Test func everyProblemAtOnceAndNothingTwice() {
        // A broken task definition is reported once, not again at the services that use it.
        #expect(problems("""
            taskDefinitions:
              - { family: web, containerDefinitions: [{ name: web, image: nginx, memory: lots }] }
            clusters:
              - clusterName: prod
                services:
                  - { serviceName: web, taskDefinition: web:1, desiredCount: 1 }
                  - { serviceName: web, taskDefinition: web, desiredCount: 1 }
              - clusterName: prod
            """) == [
            #"test.yaml:2:78: taskDefinitions[0].containerDefinitions[0].memory: expected a whole number from 0 to 1000000, found "lots""#,
            "test.yaml:7:9: clusters[0].services[1]: service web is defined twice in the cluster",
            "test.yaml:8:18: clusters[1].clusterName: cluster prod is defined twice",
        ])
    }

    @Test func missingRequiredFieldsAreNamedAtTheirMapping() {
        #expect(problems("""
            taskDefinitions:
              - containerDefinitions: [{ image: nginx }]
            """) == [
            "test.yaml:1:1: clusters: required field is missing",
            "test.yaml:2:5: taskDefinitions[0].family: required field is missing",
            "test.yaml:2:28: taskDefinitions[0].containerDefinitions[0].name: required field is missing",
        ])
    }

    @Test func anEmptyFileSaysWhatIsExpected() {
        #expect(problems("") == ["test.yaml:1:1: the file is empty: expected a mapping with taskDefinitions and clusters"])
        #expect(problems("- a\n- b\n") == [#"test.yaml:1:1: expected a mapping, found a list"#])
    }
}
