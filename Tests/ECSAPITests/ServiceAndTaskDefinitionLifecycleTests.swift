@testable import ECSAPI
import ECSModel
import Testing

/// DeleteService and DeregisterTaskDefinition through the router, and how the list and describe calls
/// show what they leave behind.
@Suite
struct ServiceAndTaskDefinitionLifecycleTests {
    let fixture = RouterFixture()

    private func advance(seconds: Int64) throws {
        try fixture.controlPlane.withLock { (plane: any ControlPlane) in plane.advance(wallElapsed: .seconds(seconds)) }
    }

    private func message(_ json: JSONValue) -> String? {
        guard case .string(let text)? = json["message"] else { return nil }
        return text
    }

    private func describedStatus(_ service: String) throws -> JSONValue? {
        try fixture.call("DescribeServices", #"{"cluster":"prod","services":["\#(service)"]}"#).json["services"]?[0]?["status"]
    }

    // MARK: DeleteService

    @Test func deleteServiceRefusesAScaledServiceWithoutForce() throws {
        let (status, json) = try fixture.call("DeleteService", #"{"cluster":"prod","service":"web"}"#)
        #expect(status == 400 && json["__type"] == .string("InvalidParameterException"))
        #expect(message(json) == "The service cannot be stopped while it is scaled above 0.")
        #expect(try describedStatus("web") == .string("ACTIVE"))
    }

    @Test func deleteServiceWithForceDrainsAndDescribeStillFindsIt() throws {
        let (status, json) = try fixture.call("DeleteService", #"{"cluster":"prod","service":"web","force":true}"#)
        #expect(status == 200)
        #expect(json["service"]?["serviceName"] == .string("web"))
        #expect(json["service"]?["status"] == .string("DRAINING"))
        #expect(json["service"]?["desiredCount"] == .integer(0))
        let listed = fixture.strings(try fixture.call("ListServices", #"{"cluster":"prod"}"#).json["serviceArns"])
        #expect(!listed.contains("arn:aws:ecs:us-east-1:123456789012:service/prod/web"), "ListServices lists ACTIVE services only")
        #expect(listed.contains("arn:aws:ecs:us-east-1:123456789012:service/prod/api"))
        #expect(try describedStatus("web") == .string("DRAINING"))
        let cluster = try fixture.call("DescribeClusters", #"{"clusters":["prod"]}"#).json["clusters"]?[0]
        #expect(cluster?["activeServicesCount"] == .integer(4))

        let update = try fixture.call("UpdateService", #"{"cluster":"prod","service":"web","desiredCount":2}"#).json
        #expect(update["__type"] == .string("ServiceNotActiveException") && message(update) == "Service was not ACTIVE.")

        try advance(seconds: 900)
        #expect(try describedStatus("web") == .string("INACTIVE"))
        #expect(try fixture.errorType("UpdateService", #"{"cluster":"prod","service":"web","desiredCount":2}"#)
            == "ServiceNotActiveException")
        #expect(try fixture.errorType("DeleteService", #"{"cluster":"prod","service":"web","force":true}"#)
            == "ServiceNotActiveException")
    }

    @Test func aServiceWithNoTasksIsInactiveAtOnceAndItsNameCanBeTakenAgain() throws {
        let create = #"{"cluster":"prod","serviceName":"idle","taskDefinition":"worker","desiredCount":0}"#
        #expect(try fixture.errorType("CreateService", create) == nil)
        let deleted = try fixture.call("DeleteService", #"{"cluster":"arn:aws:ecs:us-east-1:123456789012:cluster/prod","service":"idle"}"#)
        #expect(deleted.json["service"]?["status"] == .string("INACTIVE"))
        #expect(try describedStatus("idle") == .string("INACTIVE"))
        let again = try fixture.call("CreateService", create).json
        #expect(again["service"]?["status"] == .string("ACTIVE"))
        #expect(try describedStatus("idle") == .string("ACTIVE"))
        let second = try fixture.call("CreateService", create).json
        #expect(second["__type"] == .string("InvalidParameterException") && message(second) == "Creation of service was not idempotent.")
    }

    @Test func deleteServiceErrors() throws {
        #expect(try fixture.errorType("DeleteService", #"{"cluster":"prod"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("DeleteService", #"{"cluster":"nope","service":"web"}"#) == "ClusterNotFoundException")
        #expect(try fixture.errorType("DeleteService", #"{"cluster":"prod","service":"ghost"}"#) == "ServiceNotFoundException")
        #expect(try fixture.errorType("DeleteService", #"{"service":"web"}"#) == "ClusterNotFoundException", "the default cluster")
        #expect(try fixture.errorType("DeleteService", #"{"cluster":"prod","service":"web","force":"yes"}"#) == "SerializationException")
    }

    // MARK: DeregisterTaskDefinition

    @Test func deregisterTaskDefinitionAnswersTheInactiveRevision() throws {
        let (status, json) = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"web:8"}"#)
        #expect(status == 200)
        let definition = json["taskDefinition"]
        #expect(definition?["taskDefinitionArn"] == .string("arn:aws:ecs:us-east-1:123456789012:task-definition/web:8"))
        #expect(definition?["status"] == .string("INACTIVE"))
        // Epoch seconds: the fixture's simulation is 90 s old.
        #expect(definition?["deregisteredAt"] == .integer(1_767_225_690) || definition?["deregisteredAt"] == .double(1_767_225_690))
        // Described still, by revision; the family now means web:7.
        let described = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"web:8"}"#).json
        #expect(described["taskDefinition"]?["status"] == .string("INACTIVE"))
        let family = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"web"}"#).json
        #expect(family["taskDefinition"]?["revision"] == .integer(7))
        #expect(family["taskDefinition"]?["deregisteredAt"] == nil)

        let inactive = try fixture.call("UpdateService", #"{"cluster":"prod","service":"web","taskDefinition":"web:8"}"#).json
        #expect(inactive["__type"] == .string("InvalidParameterException") && message(inactive) == "TaskDefinition is inactive")
    }

    @Test func deregisterTaskDefinitionErrors() throws {
        let bare = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"web"}"#).json
        #expect(bare["__type"] == .string("ClientException") && message(bare) == "Invalid revision number. Number: web")
        let unknown = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"web:99"}"#).json
        #expect(unknown["__type"] == .string("ClientException") && message(unknown) == "The specified task definition does not exist.")
        #expect(try fixture.errorType("DeregisterTaskDefinition", "{}") == "InvalidParameterException")
    }

    // MARK: Listing revisions and families

    private func listed(_ body: String) throws -> [String] {
        fixture.strings(try fixture.call("ListTaskDefinitions", body).json["taskDefinitionArns"]).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    }

    private func families(_ body: String) throws -> [String] {
        fixture.strings(try fixture.call("ListTaskDefinitionFamilies", body).json["families"])
    }

    @Test func listTaskDefinitionsFiltersByStatusAndFamilyAndSorts() throws {
        #expect(try listed("{}") == ["api:12", "api:13", "frontend:2", "log-router:1", "migrate:4", "report:1", "web:7", "web:8", "worker:3"])
        _ = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"web:7"}"#)
        _ = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"arn:aws:ecs:us-east-1:123456789012:task-definition/report:1"}"#)
        #expect(try listed(#"{"status":"INACTIVE"}"#) == ["report:1", "web:7"])
        #expect(try listed(#"{"familyPrefix":"web"}"#) == ["web:8"])
        #expect(try listed(#"{"familyPrefix":"we"}"#) == [], "the whole family name, as in ECS")
        #expect(try listed(#"{"familyPrefix":"api","sort":"DESC"}"#) == ["api:13", "api:12"])
        let page = try fixture.call("ListTaskDefinitions", #"{"maxResults":3}"#).json
        #expect(fixture.count(page["taskDefinitionArns"]) == 3)
        guard case .string(let token)? = page["nextToken"] else {
            Issue.record("no nextToken")
            return
        }
        #expect(try listed(#"{"maxResults":3,"nextToken":"\#(token)"}"#) == ["log-router:1", "migrate:4", "web:8"])
        #expect(try fixture.errorType("ListTaskDefinitions", #"{"status":"GONE"}"#) == "InvalidParameterException")
        #expect(try fixture.errorType("ListTaskDefinitions", #"{"sort":"UP"}"#) == "InvalidParameterException")
    }

    @Test func listTaskDefinitionFamiliesByStatus() throws {
        _ = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"report:1"}"#)
        _ = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"web:7"}"#)
        let all = ["api", "frontend", "log-router", "migrate", "report", "web", "worker"]
        #expect(try families("{}") == all, "both ACTIVE and INACTIVE families by default")
        #expect(try families(#"{"status":"ALL"}"#) == all)
        #expect(try families(#"{"status":"ACTIVE"}"#) == ["api", "frontend", "log-router", "migrate", "web", "worker"])
        #expect(try families(#"{"status":"INACTIVE"}"#) == ["report"])
        #expect(try families(#"{"familyPrefix":"w"}"#) == ["web", "worker"])
        #expect(try fixture.errorType("ListTaskDefinitionFamilies", #"{"status":"GONE"}"#) == "InvalidParameterException")
    }

    @Test func describeTaskDefinitionFindsEveryRevision() throws {
        let old = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"arn:aws:ecs:us-east-1:123456789012:task-definition/api:12"}"#).json
        #expect(old["taskDefinition"]?["revision"] == .integer(12))
        let latest = try fixture.call("DescribeTaskDefinition", #"{"taskDefinition":"api"}"#).json
        #expect(latest["taskDefinition"]?["revision"] == .integer(13))
        _ = try fixture.call("DeregisterTaskDefinition", #"{"taskDefinition":"report:1"}"#)
        #expect(try fixture.errorType("DescribeTaskDefinition", #"{"taskDefinition":"report"}"#) == "ClientException",
                "a family without an ACTIVE revision")
        #expect(try fixture.errorType("DescribeTaskDefinition", #"{"taskDefinition":"report:1"}"#) == nil)
    }

    @Test func registerAnswersTheNewRevisionWhenOlderOnesAreListed() throws {
        let body = #"{"family":"api","containerDefinitions":[{"name":"api","image":"nginx","cpu":128,"memory":256}]}"#
        let json = try fixture.call("RegisterTaskDefinition", body).json
        #expect(json["taskDefinition"]?["revision"] == .integer(14))
    }
}
