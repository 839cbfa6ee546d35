@testable import ECSAPI
import ECSModel
import Testing

/// Names and ARNs in requests: an ARN of another cluster, account, region or resource type names nothing
/// here, as in ECS, instead of being cut down to its last path component.
@Suite
struct ResourceReferenceTests {
    let fixture = RouterFixture()
    let names = ResourceNames()
    let prefix = "arn:aws:ecs:us-east-1:123456789012:"

    @Test func localIDReadsOnlyThisAccountsARNsOfTheKindAsked() {
        #expect(names.localID("web", .service, cluster: "prod") == "web")
        #expect(names.localID(prefix + "service/prod/web", .service, cluster: "prod") == "web")
        #expect(names.localID(prefix + "service/web", .service, cluster: "prod") == "web")  // old format
        #expect(names.localID(prefix + "task/3f9a", .task, cluster: "prod") == "3f9a")
        #expect(names.localID(prefix + "task-definition/web:7", .taskDefinition) == "web:7")
        #expect(names.localID(prefix + "cluster/prod", .cluster) == "prod")
        #expect(names.localID(prefix + "service/staging/web", .service, cluster: "prod") == nil)
        #expect(names.localID(prefix + "task/prod/3f9a", .service, cluster: "prod") == nil)
        #expect(names.localID("arn:aws:ecs:eu-west-1:123456789012:cluster/prod", .cluster) == nil)
        #expect(names.localID("arn:aws:ecs:us-east-1:999999999999:task-definition/web:7", .taskDefinition) == nil)
        #expect(names.localID("arn:aws-cn:ecs:us-east-1:123456789012:cluster/prod", .cluster) == nil)
        #expect(names.localID(prefix + "cluster/prod/extra", .cluster) == nil)
    }

    @Test func describeServicesReportsAnotherClustersServiceAsMissing() throws {
        let staging = prefix + "service/staging/web"
        let json = try fixture.call("DescribeServices", #"{"cluster":"prod","services":["\#(staging)","web"]}"#).json
        #expect(fixture.count(json["services"]) == 1)
        #expect(json["services"]?[0]?["serviceArn"] == .string(prefix + "service/prod/web"))
        #expect(json["failures"]?[0]?["arn"] == .string(staging))
        #expect(json["failures"]?[0]?["reason"] == .string("MISSING"))
    }

    @Test func updateServiceWithAnotherClustersARNFindsNoService() throws {
        let before = fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "web")!.service.desiredCount
        let body = #"{"cluster":"prod","service":"\#(prefix)service/staging/web","desiredCount":7}"#
        #expect(try fixture.errorType("UpdateService", body) == "ServiceNotFoundException")
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.service(named: "web")!.service.desiredCount == before)
        let ok = #"{"cluster":"\#(prefix)cluster/prod","service":"\#(prefix)service/prod/web","desiredCount":\#(before)}"#
        #expect(try fixture.errorType("UpdateService", ok) == nil)
    }

    @Test func foreignClusterARNsAreNotFound() throws {
        for cluster in ["arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "arn:aws:ecs:us-east-1:999999999999:cluster/prod",
                        prefix + "service/prod/web"] {
            #expect(try fixture.errorType("ListServices", #"{"cluster":"\#(cluster)"}"#) == "ClusterNotFoundException")
            #expect(try fixture.errorType("DeleteCluster", #"{"cluster":"\#(cluster)"}"#) == "ClusterNotFoundException")
        }
        #expect(try fixture.errorType("ListTagsForResource", #"{"resourceArn":"arn:aws:ecs:eu-west-1:123456789012:cluster/prod"}"#)
            == "ClusterNotFoundException")
        let json = try fixture.call("DescribeClusters", #"{"clusters":["arn:aws:ecs:eu-west-1:123456789012:cluster/prod"]}"#).json
        #expect(fixture.count(json["clusters"]) == 0)
        #expect(json["failures"]?[0]?["arn"] == .string("arn:aws:ecs:eu-west-1:123456789012:cluster/prod"))
    }

    @Test func tasksAndInstancesOfAnotherClusterOrAccountAreNotFound() throws {
        let prod = fixture.controlPlane.snapshot().cluster(named: "prod")!
        let task = prod.service(named: "web")!.tasks.first { $0.desiredStatus == .running }!
        let instance = prod.instances[0]
        let elsewhere = prefix + "task/staging/\(task.id)"
        let described = try fixture.call("DescribeTasks", #"{"cluster":"prod","tasks":["\#(elsewhere)","\#(prefix)task/\#(task.id)"]}"#).json
        #expect(fixture.count(described["tasks"]) == 1)  // the old format without the cluster is still read
        #expect(described["failures"]?[0]?["arn"] == .string(elsewhere))
        let stop = #"{"cluster":"prod","task":"arn:aws:ecs:us-east-1:999999999999:task/prod/\#(task.id)"}"#
        #expect(try fixture.call("StopTask", stop).json["message"] == .string("The referenced task was not found."))
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.allTasks.first { $0.id == task.id }?.desiredStatus == .running)
        let instances = try fixture.call("DescribeContainerInstances",
            #"{"cluster":"prod","containerInstances":["\#(prefix)container-instance/staging/\#(instance.id)"]}"#).json
        #expect(fixture.count(instances["containerInstances"]) == 0)
        let drain = try fixture.call("UpdateContainerInstancesState",
            #"{"cluster":"prod","status":"DRAINING","containerInstances":["\#(prefix)container-instance/staging/\#(instance.id)"]}"#).json
        #expect(fixture.count(drain["failures"]) == 1)
        #expect(fixture.controlPlane.snapshot().cluster(named: "prod")!.instances[0].status == .active)
    }

    @Test func taskDefinitionsOfAnotherAccountAreNotFound() throws {
        let foreign = "arn:aws:ecs:us-east-1:999999999999:task-definition/web:7"
        #expect(try fixture.errorType("DescribeTaskDefinition", #"{"taskDefinition":"\#(foreign)"}"#) == "ClientException")
        #expect(try fixture.errorType("DeregisterTaskDefinition", #"{"taskDefinition":"\#(foreign)"}"#) == "ClientException")
        #expect(try fixture.errorType("DescribeTaskDefinition", #"{"taskDefinition":"\#(prefix)task-definition/web:7"}"#) == nil)
        let run = #"{"cluster":"staging","taskDefinition":"\#(foreign)"}"#
        #expect(try fixture.errorType("RunTask", run) == "ClientException")
    }
}
