@testable import ECSAPI
import ECSModel
import Testing

@Suite
struct TaskAndInstanceOperationTests {
    let fixture = RouterFixture()

    private func taskARNs(_ body: String) throws -> [String] {
        fixture.strings(try fixture.call("ListTasks", body).json["taskArns"])
    }

    @Test func runTaskReportsTasksThatFitNowhereAsFailures() throws {
        let registered = try fixture.call("RegisterTaskDefinition", """
            {"family":"huge","containerDefinitions":[{"name":"huge","image":"busybox","memory":60000}]}
            """)
        #expect(registered.status == 200, "\(registered.json)")
        let (status, json) = try fixture.call("RunTask", #"{"cluster":"prod","taskDefinition":"huge","count":2}"#)
        #expect(status == 200)
        #expect(fixture.count(json["tasks"]) == 0)
        #expect(fixture.count(json["failures"]) == 2)
        #expect(json["failures"]?[0]?["reason"] == .string("RESOURCE:MEMORY"), "\(json)")
        guard case .string(let arn)? = json["failures"]?[0]?["arn"] else { Issue.record("no closest instance"); return }
        #expect(arn.contains(":container-instance/prod/"))
    }

    @Test func listTasksFilters() throws {
        let all = try taskARNs("{\"cluster\":\"prod\"}")
        let web = try taskARNs("{\"cluster\":\"prod\",\"serviceName\":\"web\"}")
        #expect(!web.isEmpty && web.count < all.count)
        let snapshot = fixture.controlPlane.snapshot().cluster(named: "prod")!
        #expect(Set(web) == Set(snapshot.service(named: "web")!.tasks.filter { $0.desiredStatus == .running }.map(\.arn)))
        let someTask = snapshot.service(named: "web")!.tasks.first { $0.desiredStatus == .running }!
        let onInstance = try taskARNs("{\"cluster\":\"prod\",\"containerInstance\":\"\(someTask.containerInstanceID!)\"}")
        #expect(onInstance.contains(someTask.arn))
        #expect(try taskARNs("{\"cluster\":\"prod\",\"desiredStatus\":\"STOPPED\"}").allSatisfy { !web.contains($0) })
        #expect(try taskARNs("{\"cluster\":\"prod\",\"startedBy\":\"nobody-at-all\"}").isEmpty)
        let family = someTask.taskDefinitionReference.split(separator: ":")[0]
        #expect(try taskARNs("{\"cluster\":\"prod\",\"family\":\"\(family)\"}").contains(someTask.arn))
        #expect(try fixture.errorType("ListTasks", "{\"cluster\":\"prod\",\"desiredStatus\":\"LOST\"}") == "InvalidParameterException")
        #expect(try fixture.errorType("ListTasks", "{\"cluster\":\"prod\",\"serviceName\":\"ghost\"}") == "ServiceNotFoundException")
    }

    @Test func listTasksPagesWithOpaqueTokens() throws {
        let all = try taskARNs("{\"cluster\":\"prod\"}")
        #expect(all.count > 3)
        var collected: [String] = []
        var token: String?
        repeat {
            let tokenMember = token.map { ",\"nextToken\":\"\($0)\"" } ?? ""
            let json = try fixture.call("ListTasks", "{\"cluster\":\"prod\",\"maxResults\":2\(tokenMember)}").json
            let page = fixture.strings(json["taskArns"])
            #expect(page.count <= 2)
            collected += page
            if case .string(let next)? = json["nextToken"] { token = next } else { token = nil }
        } while token != nil
        #expect(collected == all)
        #expect(try fixture.errorType("ListTasks", "{\"cluster\":\"prod\",\"nextToken\":\"garbage!\"}") == "InvalidParameterException")
        #expect(try fixture.errorType("ListTasks", "{\"cluster\":\"prod\",\"maxResults\":0}") == "InvalidParameterException")
        #expect(try fixture.errorType("ListClusters", "{\"maxResults\":101}") == "InvalidParameterException")
        let last = try fixture.call("ListClusters", "{\"maxResults\":100}").json
        #expect(last["nextToken"] == nil, "no token after the last page")
    }

    @Test func describeTasksWithFailuresAndItsLimit() throws {
        let arns = try taskARNs("{\"cluster\":\"prod\",\"maxResults\":3}")
        let list = (arns + ["0123"]).map { "\"\($0)\"" }.joined(separator: ",")
        let json = try fixture.call("DescribeTasks", "{\"cluster\":\"prod\",\"tasks\":[\(list)]}").json
        #expect(fixture.count(json["tasks"]) == 3)
        #expect(json["failures"]?[0]?["arn"] == .string("arn:aws:ecs:us-east-1:123456789012:task/prod/0123"))
        #expect(json["failures"]?[0]?["reason"] == .string("MISSING"))
        let tooMany = (0...100).map { "\"t\($0)\"" }.joined(separator: ",")
        #expect(try fixture.errorType("DescribeTasks", "{\"cluster\":\"prod\",\"tasks\":[\(tooMany)]}") == "InvalidParameterException")
    }

    @Test func stopTaskLeavesItRunningUntilItStops() throws {
        let arn = try taskARNs("{\"cluster\":\"prod\",\"serviceName\":\"web\"}")[0]
        let json = try fixture.call("StopTask", "{\"cluster\":\"prod\",\"task\":\"\(arn)\",\"reason\":\"test\"}").json
        #expect(json["task"]?["desiredStatus"] == .string("STOPPED"))
        #expect(json["task"]?["lastStatus"] == .string("RUNNING"))
        #expect(json["task"]?["stoppedReason"] == .string("test"))
        let other = try taskARNs("{\"cluster\":\"prod\",\"serviceName\":\"web\"}").first { $0 != arn }!
        let unexplained = try fixture.call("StopTask", "{\"cluster\":\"prod\",\"task\":\"\(other)\"}").json
        #expect(unexplained["task"]?["stoppedReason"] == .string("Task stopped by user"), "ECS's words without a reason")
        #expect(try fixture.errorType("StopTask", "{\"cluster\":\"prod\",\"task\":\"0000\"}") == "InvalidParameterException")
    }

    @Test func runTaskReturnsTheTasksItStarted() throws {
        let json = try fixture.call("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"web\",\"count\":2,\"startedBy\":\"tester\"}").json
        #expect(fixture.count(json["tasks"]) == 2, "\(json)")
        #expect(json["tasks"]?[0]?["startedBy"] == .string("tester"))
        #expect(try taskARNs("{\"cluster\":\"prod\",\"startedBy\":\"tester\"}").count == 2)
        #expect(try fixture.errorType("ListTasks", #"{"cluster":"prod","startedBy":"tester","family":"web"}"#)
            == "InvalidParameterException", "startedBy must be the only filter")
        #expect(try fixture.errorType("RunTask", #"{"cluster":"prod","taskDefinition":"web","startedBy":"has space"}"#)
            == "InvalidParameterException")
        let long = String(repeating: "g", count: 256)
        #expect(try fixture.errorType("RunTask", #"{"cluster":"prod","taskDefinition":"web","group":"\#(long)"}"#)
            == "InvalidParameterException")
        #expect(try fixture.errorType("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"web\",\"count\":11}") == "InvalidParameterException")
        #expect(try fixture.errorType("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"ghost\"}") != nil)
    }

    @Test func containerInstancesListDescribeAndDrain() throws {
        let arns = fixture.strings(try fixture.call("ListContainerInstances", "{\"cluster\":\"prod\"}").json["containerInstanceArns"])
        #expect(arns.count > 1)
        let list = (arns.prefix(2) + ["ghost"]).map { "\"\($0)\"" }.joined(separator: ",")
        let described = try fixture.call("DescribeContainerInstances", "{\"cluster\":\"prod\",\"containerInstances\":[\(list)]}").json
        #expect(fixture.count(described["containerInstances"]) == 2)
        #expect(described["failures"]?[0]?["reason"] == .string("MISSING"))
        let tooMany = (0...100).map { "\"i\($0)\"" }.joined(separator: ",")
        #expect(try fixture.errorType("DescribeContainerInstances", "{\"cluster\":\"prod\",\"containerInstances\":[\(tooMany)]}")
            == "InvalidParameterException")

        let drained = try fixture.call("UpdateContainerInstancesState",
                                       "{\"cluster\":\"prod\",\"containerInstances\":[\"\(arns[0])\"],\"status\":\"DRAINING\"}").json
        #expect(drained["containerInstances"]?[0]?["status"] == .string("DRAINING"))
        let draining = fixture.strings(try fixture.call("ListContainerInstances",
                                                        "{\"cluster\":\"prod\",\"status\":\"DRAINING\"}").json["containerInstanceArns"])
        #expect(draining == [arns[0]])
        #expect(try fixture.errorType("UpdateContainerInstancesState",
                                      "{\"cluster\":\"prod\",\"containerInstances\":[\"\(arns[0])\"],\"status\":\"BOGUS\"}")
            == "InvalidParameterException")
        #expect(try fixture.errorType("ListContainerInstances", "{\"cluster\":\"prod\",\"filter\":\"attribute:x\"}") == "InvalidParameterException")
    }
}
