import ECSModel
@testable import ScenarioFile
import Simulator
import Testing
import Yams

/// The writer behind `ecstop export`: ECS's field names, defaults left out, quoting only where YAML
/// would misread a value.
@Suite struct ScenarioWriterTests {
    let text = ScenarioWriter(name: "default", seed: 42, chaos: .low, header: ["exported"]).text(of: .default)

    @Test func writesECSFieldNamesWithDefaultsLeftOut() {
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.prefix(4) == ["# exported", "name: default", "seed: 42", "chaos: low"])
        #expect(lines.contains("  - family: web"))
        #expect(lines.contains("        portMappings: [{ containerPort: 80, hostPort: 0 }]"), "tcp is the default protocol")
        #expect(lines.contains("  - clusterName: prod"))
        #expect(lines.contains("      - serviceName: log-router"))
        #expect(lines.contains("        schedulingStrategy: DAEMON"))
        #expect(lines.contains("        loadBalancers: [{ targetGroupArn: web-tg, containerName: nginx, containerPort: 80 }]"))
        #expect(lines.contains("        launchType: FARGATE"))
        #expect(lines.contains("    cpu: \"512\""), "task-level cpu is a string, as register-task-definition takes it")
        #expect(lines.contains("      - { taskDefinition: migrate, count: 1 }"))
        #expect(!text.contains("essential: true"))
    }

    @Test func theTextIsYAMLThatReadsBackTheSameValues() throws {
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        let clusters = try #require(root["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["clusterName"] as? String } == ["prod", "staging"])
        let definitions = try #require(root["taskDefinitions"] as? [[String: Any]])
        let frontend = try #require(definitions.first { $0["family"] as? String == "frontend" })
        #expect(frontend["cpu"] as? String == "512")
        let asg = try #require((clusters[0]["autoScalingGroups"] as? [[String: Any]])?.first)
        let template = try #require(asg["launchTemplate"] as? [String: Any])
        #expect(template["userData"] as? String == "#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config")
    }

    @Test func quotesWhatYAMLWouldMisread() {
        #expect(YAMLText.Scalar.quoted("web:7") == "web:7")
        #expect(YAMLText.Scalar.quoted("yes") == "\"yes\"")
        #expect(YAMLText.Scalar.quoted("512") == "\"512\"")
        #expect(YAMLText.Scalar.quoted("daemon off;") == "\"daemon off;\"")
        #expect(YAMLText.Scalar.quoted("#!/bin/bash\necho hi") == "\"#!/bin/bash\\necho hi\"")
        #expect(YAMLText.Scalar.quoted("") == "\"\"")
        #expect(YAMLText.Scalar.quoted("attribute:ecs.availability-zone") == "attribute:ecs.availability-zone")
    }
}
