import Foundation
import Testing
@testable import Simulator

/// The cluster query language memberOf constraints are written in.
@Suite struct ClusterQueryTests {
    private func instance(type: String = "t3.medium", zone: String = "us-east-1a", extra: [String: String] = [:], agent: Bool = true) -> ContainerInstance {
        var attributes = ["ecs.instance-type": type, "ecs.availability-zone": zone, "ecs.os-type": "linux"]
        attributes.merge(extra) { $1 }
        return ContainerInstance(
            id: "0", arn: "", ec2InstanceID: "i-0abc", instanceType: type, availabilityZone: zone, agentConnected: agent,
            registeredResources: .zero, registeredAt: Date(), attributes: attributes)
    }

    private func matches(_ expression: String, _ instance: ContainerInstance) throws -> Bool {
        try ClusterQuery(parsing: expression).matches(instance)
    }

    /// Deep or long expressions are refused before they are parsed: 3,000 nested parentheses, or a chain
    /// of 20,000 terms, overflowed the stack and ended ecstop serve.
    @Test func deepAndLongExpressionsAreRefused() throws {
        let nested = String(repeating: "(", count: 3_000) + "attribute:x exists" + String(repeating: ")", count: 3_000)
        #expect(throws: ClusterQuery.ParseError.self) { try ClusterQuery(parsing: nested) }
        let chain = Array(repeating: "attribute:x exists", count: 20_000).joined(separator: " and ")
        #expect(throws: ClusterQuery.ParseError.self) { try ClusterQuery(parsing: chain) }
        let deepest = String(repeating: "(", count: 32) + "attribute:x exists" + String(repeating: ")", count: 32)
        #expect(try matches(deepest, instance(extra: ["x": "1"])))
        let longest = Array(repeating: "attribute:x exists", count: 80).joined(separator: " and ")
        #expect(longest.count <= ClusterQuery.lengthLimit)
        #expect(try matches(longest, instance(extra: ["x": "1"])))
    }

    @Test func comparisons() throws {
        let t3 = instance()
        #expect(try matches("attribute:ecs.instance-type == t3.medium", t3))
        #expect(try matches("attribute:ecs.instance-type equals t3.medium", t3))
        #expect(try !matches("attribute:ecs.instance-type != t3.medium", t3))
        #expect(try matches("attribute:ecs.instance-type =~ t3.*", t3))
        #expect(try !matches("attribute:ecs.instance-type =~ m5.*", t3))
        #expect(try matches("attribute:ecs.instance-type !~ m5.*", t3))
        #expect(try matches("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", t3))
        #expect(try !matches("attribute:ecs.availability-zone not_in [us-east-1a, us-east-1b]", t3))
        #expect(try matches("attribute:ecs.availability-zone !in [us-east-1c]", t3))
        #expect(try matches("attribute:ecs.os-type exists", t3))
        #expect(try matches("attribute:stack !exists", t3))
        #expect(try matches("ec2InstanceId == i-0abc", t3))
        #expect(try matches("agentConnected == true", t3))
        #expect(try !matches("agentConnected == true", instance(agent: false)))
    }

    @Test func numbersCompareAsNumbers() throws {
        let big = instance(extra: ["cores": "16"])
        #expect(try matches("attribute:cores > 8", big))
        #expect(try matches("attribute:cores >= 16", big))
        #expect(try !matches("attribute:cores < 9", big), "16 < 9 is false as numbers, true as text")
        #expect(try matches("attribute:cores less_than_equal 16", big))
    }

    @Test func missingAttributesFailEverythingButNegations() throws {
        let plain = instance()
        #expect(try !matches("attribute:stack == prod", plain))
        #expect(try matches("attribute:stack != prod", plain))
        #expect(try !matches("attribute:stack in [prod]", plain))
    }

    @Test func andBindsTighterThanOrAndParenthesesGroup() throws {
        let a = instance(zone: "us-east-1a", extra: ["stack": "prod"])
        let c = instance(type: "m5.large", zone: "us-east-1c")
        let expression = "attribute:stack == prod and attribute:ecs.availability-zone == us-east-1c or attribute:ecs.instance-type == m5.large"
        #expect(try !matches(expression, a))
        #expect(try matches(expression, c))
        let grouped = "attribute:stack == prod and (attribute:ecs.availability-zone == us-east-1c or attribute:ecs.instance-type =~ t3.*)"
        #expect(try matches(grouped, a))
        #expect(try !matches(grouped, c))
        #expect(try matches("(attribute:stack == prod) && attribute:ecs.os-type == linux", a))
        #expect(try matches("attribute:stack == dev || attribute:ecs.os-type==linux", a), "symbols need no spaces")
    }

    @Test func invalidExpressionsAreRejected() {
        for expression in [
            "", "attribute:", "attribute:stack", "attribute:stack ==", "attribute:stack == prod and", "(attribute:stack == prod",
            "attribute:stack in [a, b", "attribute:stack in a", "runningTasksCount > 1", "stack == prod", "attribute:x =~ [",
            "attribute:stack == prod prod",
        ] {
            #expect(throws: ClusterQuery.ParseError.self, "\(expression)") { try ClusterQuery(parsing: expression) }
        }
    }
}
