@testable import ECSAPI
import ECSModel
import Testing

@Suite
struct ContainerInstanceRegistrationTests {
    let fixture = RouterFixture()

    static let document = #"{\"instanceId\":\"i-0abc0000000000001\",\"instanceType\":\"r5.large\",\"availabilityZone\":\"us-east-1c\",\"region\":\"us-east-1\"}"#

    private func register(_ extra: String = "") throws -> JSONValue {
        let (status, json) = try fixture.call(
            "RegisterContainerInstance", "{\"cluster\":\"prod\",\"instanceIdentityDocument\":\"\(Self.document)\"\(extra)}")
        #expect(status == 200)
        return try #require(json["containerInstance"])
    }

    private func instanceARNs(_ body: String) throws -> [String] {
        fixture.strings(try fixture.call("ListContainerInstances", body).json["containerInstanceArns"])
    }

    @Test func registerAnswersWithTheInstanceAsDescribeShowsItAndAgainWithTheSameOne() throws {
        let instance = try register(",\"attributes\":[{\"name\":\"stack\",\"value\":\"blue\"},{\"name\":\"ecs.capability.secrets\"}]")
        #expect(instance["ec2InstanceId"] == .string("i-0abc0000000000001"))
        #expect(instance["status"] == .string("ACTIVE"))
        #expect(instance["agentConnected"] == .bool(true))
        #expect(instance["registeredResources"]?[1]?["integerValue"] == .integer(15788), "r5.large's memory")
        guard case .string(let arn)? = instance["containerInstanceArn"] else { Issue.record("no ARN"); return }
        #expect(arn.hasPrefix("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/"))
        let described = try fixture.call("DescribeContainerInstances", "{\"cluster\":\"prod\",\"containerInstances\":[\"\(arn)\"]}").json
        #expect(described["containerInstances"]?[0]?["containerInstanceArn"] == .string(arn))
        #expect(described["containerInstances"]?[0]?["status"] == instance["status"])
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"filter\":\"attribute:ecs.capability.secrets exists\"}") == [arn])

        let again = try register()
        #expect(again["containerInstanceArn"] == .string(arn))
        #expect(try instanceARNs("{\"cluster\":\"prod\"}").count == 7)
    }

    @Test func registrationTagsTheInstance() throws {
        let instance = try register(",\"tags\":[{\"key\":\"team\",\"value\":\"infra\"}]")
        #expect(instance["tags"] == .array([.object([.init("key", .string("team")), .init("value", .string("infra"))])]))
        guard case .string(let arn)? = instance["containerInstanceArn"] else { Issue.record("no ARN"); return }
        let listed = try fixture.call("ListTagsForResource", "{\"resourceArn\":\"\(arn)\"}").json
        #expect(listed["tags"]?[0]?["key"] == .string("team"))
        #expect(try fixture.errorType(
            "RegisterContainerInstance", "{\"cluster\":\"prod\",\"instanceIdentityDocument\":\"\(Self.document.replacingOccurrences(of: "0001", with: "0002"))\",\"tags\":[{\"key\":\"aws:x\"}]}")
            == "InvalidParameterException")
        #expect(try instanceARNs("{\"cluster\":\"prod\"}").count == 7, "a bad tag registers nothing")
    }

    @Test func registrationErrors() throws {
        #expect(try fixture.errorType("RegisterContainerInstance", "{\"cluster\":\"ghost\",\"instanceIdentityDocument\":\"\(Self.document)\"}")
            == "ClusterNotFoundException")
        let unknownType = #"{\"instanceId\":\"i-0abc0000000000002\",\"instanceType\":\"z9.huge\"}"#
        #expect(try fixture.errorType("RegisterContainerInstance", "{\"cluster\":\"prod\",\"instanceIdentityDocument\":\"\(unknownType)\"}")
            == "InvalidParameterException")
        #expect(try fixture.errorType("RegisterContainerInstance", "{\"cluster\":\"prod\",\"instanceIdentityDocument\":\"not json\"}")
            == "InvalidParameterException")
        let cpuOnly = "[{\"name\":\"CPU\",\"type\":\"INTEGER\",\"integerValue\":4096}]"
        #expect(try fixture.errorType("RegisterContainerInstance", "{\"cluster\":\"prod\",\"totalResources\":\(cpuOnly)}")
            == "InvalidParameterException")
        let vast = "[{\"name\":\"CPU\",\"type\":\"INTEGER\",\"integerValue\":99999999999},{\"name\":\"MEMORY\",\"type\":\"INTEGER\",\"integerValue\":4096}]"
        #expect(try fixture.errorType("RegisterContainerInstance", "{\"cluster\":\"prod\",\"totalResources\":\(vast)}")
            == "InvalidParameterException", "more than any instance has (it used to crash the server)")
        #expect(try instanceARNs("{\"cluster\":\"prod\"}").count == 6, "nothing registered")

        let resources = "[{\"name\":\"CPU\",\"type\":\"INTEGER\",\"integerValue\":4096},{\"name\":\"MEMORY\",\"type\":\"INTEGER\",\"integerValue\":8000}]"
        let json = try fixture.call("RegisterContainerInstance", "{\"cluster\":\"prod\",\"instanceIdentityDocument\":\"\(unknownType)\",\"totalResources\":\(resources)}").json
        #expect(json["containerInstance"]?["registeredResources"]?[0]?["integerValue"] == .integer(4096))
    }

    @Test func deregisterRefusesRunningTasksUnlessForcedAndAnswersInactive() throws {
        let prod = fixture.controlPlane.snapshot().cluster(named: "prod")!
        let busy = try #require(prod.instances.first { $0.runningTasksCount > 0 })
        let (status, refused) = try fixture.call("DeregisterContainerInstance", "{\"cluster\":\"prod\",\"containerInstance\":\"\(busy.arn)\"}")
        #expect(status == 400)
        #expect(refused["__type"] == .string("InvalidParameterException"))
        #expect(refused["message"] == .string("Found running tasks on the instance."))
        #expect(try fixture.errorType("DeregisterContainerInstance", "{\"cluster\":\"prod\"}") == "InvalidParameterException")
        #expect(try fixture.errorType("DeregisterContainerInstance", "{\"cluster\":\"prod\",\"containerInstance\":\"0123\"}")
            == "InvalidParameterException")

        let json = try fixture.call("DeregisterContainerInstance", "{\"cluster\":\"prod\",\"containerInstance\":\"\(busy.id)\",\"force\":true}").json
        #expect(json["containerInstance"]?["containerInstanceArn"] == .string(busy.arn))
        #expect(json["containerInstance"]?["status"] == .string("INACTIVE"))
        // Listed no more by default, still described.
        #expect(try !instanceARNs("{\"cluster\":\"prod\"}").contains(busy.arn))
        let described = try fixture.call("DescribeContainerInstances", "{\"cluster\":\"prod\",\"containerInstances\":[\"\(busy.id)\"]}").json
        #expect(described["containerInstances"]?[0]?["status"] == .string("INACTIVE"))
        let cluster = try fixture.call("DescribeClusters", "{\"clusters\":[\"prod\"]}").json
        #expect(cluster["clusters"]?[0]?["registeredContainerInstancesCount"] == .integer(5))
    }

    @Test func updateStateReportsUnknownInstancesAsMissingAndChangesTheOthers() throws {
        let instance = fixture.controlPlane.snapshot().cluster(named: "prod")!.instances[0]
        let json = try fixture.call(
            "UpdateContainerInstancesState",
            "{\"cluster\":\"prod\",\"containerInstances\":[\"\(instance.arn)\",\"0123\"],\"status\":\"DRAINING\"}").json
        #expect(fixture.count(json["containerInstances"]) == 1)
        #expect(json["containerInstances"]?[0]?["status"] == .string("DRAINING"))
        #expect(json["failures"]?[0]?["arn"] == .string("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/0123"))
        #expect(json["failures"]?[0]?["reason"] == .string("MISSING"))
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.instances[0].status == .draining)

        let none = try fixture.call("UpdateContainerInstancesState", "{\"cluster\":\"prod\",\"containerInstances\":[\"0123\"],\"status\":\"ACTIVE\"}")
        #expect(none.status == 200)
        #expect(fixture.count(none.json["containerInstances"]) == 0)
        #expect(fixture.count(none.json["failures"]) == 1)
        #expect(try fixture.errorType(
            "UpdateContainerInstancesState", "{\"cluster\":\"prod\",\"containerInstances\":[\"0123\"],\"status\":\"REGISTERING\"}")
            == "InvalidParameterException", "the status is checked even when no instance is found")
    }

    @Test func listFiltersWithTheClusterQueryLanguageAndByStatus() throws {
        let registered = try register()["containerInstanceArn"]
        let prod = fixture.controlPlane.snapshot().cluster(named: "prod")!
        let m5 = prod.instances.filter { $0.instanceType == "m5.large" }.map(\.arn)
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"filter\":\"attribute:ecs.instance-type == m5.large\"}") == m5)
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"filter\":\"attribute:ecs.instance-type == r5.large\"}")
            .map(JSONValue.string) == [registered])
        let zones = try instanceARNs("{\"cluster\":\"prod\",\"filter\":\"attribute:ecs.availability-zone in [us-east-1a, us-east-1b]\"}")
        #expect(zones == prod.instances.filter { $0.availabilityZone != "us-east-1c" }.map(\.arn))
        #expect(zones.count == 4)
        #expect(try fixture.errorType("ListContainerInstances", "{\"cluster\":\"prod\",\"filter\":\"attribute:ecs.instance-type ==\"}")
            == "InvalidParameterException")

        _ = try fixture.call("UpdateContainerInstancesState", "{\"cluster\":\"prod\",\"containerInstances\":[\"\(prod.instances[1].id)\"],\"status\":\"DRAINING\"}")
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"status\":\"DRAINING\"}") == [prod.instances[1].arn])
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"status\":\"ACTIVE\"}").count == 6)
        #expect(try instanceARNs("{\"cluster\":\"prod\",\"status\":\"REGISTERING\"}").isEmpty)
        #expect(try fixture.errorType("ListContainerInstances", "{\"cluster\":\"prod\",\"status\":\"INACTIVE\"}") == "InvalidParameterException")
        #expect(try instanceARNs(
            "{\"cluster\":\"prod\",\"status\":\"DRAINING\",\"filter\":\"attribute:ecs.instance-type == r5.large\"}").isEmpty)
    }
}
