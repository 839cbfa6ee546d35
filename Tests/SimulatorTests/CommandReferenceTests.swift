import Testing
import Simulator

/// The simulator's commands resolve names and ARNs as the API does: an ARN of another cluster, account or
/// region names nothing here; plain names, ids and this cluster's ARNs (old formats too) work.
@Suite struct CommandReferenceTests {
    let prefix = "arn:aws:ecs:us-east-1:123456789012:"

    @Test func foreignARNsNameNothingAndLocalOnesWork() throws {
        let simulator = Simulator(scenario: Harness.scenario(instances: 2, desired: 2), seed: 3, chaos: .off)
        simulator.advance(seconds: 60)
        let task = simulator.activeTasks()[0]
        let instance = simulator.cluster().instances[0]
        #expect(throws: ECSError.clusterNotFound()) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/c", service: "svc", desiredCount: 3)))
        }
        #expect(throws: ECSError.serviceNotFound()) {
            try simulator.execute(.updateService(ServiceUpdate(cluster: "c", service: prefix + "service/other/svc", desiredCount: 3)))
        }
        #expect(throws: ECSError.invalidParameter("The referenced task was not found.")) {
            try simulator.execute(.stopTask(cluster: "c", task: "arn:aws:ecs:us-east-1:999999999999:task/c/\(task.id)", reason: ""))
        }
        #expect(throws: ECSError.self) {
            try simulator.execute(.updateContainerInstancesState(
                cluster: "c", containerInstances: [prefix + "container-instance/other/\(instance.id)"], status: .draining))
        }
        #expect(simulator.service().service.desiredCount == 2)
        #expect(simulator.task(task.id)?.desiredStatus == .running)
        #expect(simulator.cluster().instances[0].status == .active)

        try simulator.execute(.updateService(ServiceUpdate(cluster: prefix + "cluster/c", service: prefix + "service/c/svc", desiredCount: 3)))
        try simulator.execute(.stopTask(cluster: "c", task: prefix + "task/\(task.id)", reason: ""))
        #expect(simulator.service().service.desiredCount == 3)
        #expect(simulator.task(task.id)?.desiredStatus == .stopped)
    }
}
