import Testing
import Simulator

/// PutAttributes and DeleteAttributes: custom attributes on container instances, which placement sees at once.
@Suite struct AttributeTests {
    private static let blue = PlacementConstraint(type: .memberOf, expression: "attribute:stack == blue")

    /// Cluster `c` with three instances and no service tasks, plus service `blue` that may only run on
    /// `stack == blue` instances (none yet), so its two tasks wait.
    private func waitingForBlue(seed: UInt64 = 3) throws -> Simulator {
        let simulator = Simulator(scenario: Harness.scenario(instances: 3, desired: 0), seed: seed, chaos: .off)
        simulator.advance(seconds: 30)
        try simulator.execute(.createService(ServiceCreation(
            cluster: "c", serviceName: "blue", taskDefinition: "app", desiredCount: 2, placementConstraints: [Self.blue])))
        simulator.advance(seconds: 30)
        return simulator
    }

    private func instanceIDs(_ simulator: Simulator) -> [String] { simulator.cluster().instances.map(\.id) }

    private func refusal(_ simulator: Simulator, _ command: ControlPlaneCommand) -> String? {
        do throws(ECSError) {
            try simulator.execute(command)
            return nil
        } catch {
            return error.type
        }
    }

    @Test func putAddsAndOverwritesDeleteRemovesAndPlacementFollowsAtOnce() throws {
        let simulator = try waitingForBlue()
        #expect(simulator.activeTasks("blue").isEmpty)
        let ids = instanceIDs(simulator)
        let arn = simulator.cluster().instances[1].arn

        try simulator.execute(.putAttributes(cluster: "c", attributes: [
            InstanceAttribute(name: "stack", value: "green", targetID: ids[0]),
            InstanceAttribute(name: "stack", value: "blue", targetID: arn),
            InstanceAttribute(name: "gpu", targetID: ids[1]),
        ]))
        #expect(simulator.instance(ids[0]).attributes["stack"] == "green")
        #expect(simulator.instance(ids[1]).attributes["stack"] == "blue")
        #expect(simulator.instance(ids[1]).attributes["gpu"] == "")
        // Placed in the same command, not at the next retry: only on the blue instance.
        let placed = simulator.activeTasks("blue")
        #expect(placed.count == 2)
        #expect(placed.allSatisfy { $0.containerInstanceID == ids[1] })

        try simulator.execute(.putAttributes(cluster: "c", attributes: [InstanceAttribute(name: "stack", value: "blue", targetID: ids[0])]))
        #expect(simulator.instance(ids[0]).attributes["stack"] == "blue", "overwritten")

        // An attribute the instance does not have is no error; the ECS attributes stay.
        try simulator.execute(.deleteAttributes(cluster: "c", attributes: [
            InstanceAttribute(name: "stack", targetID: ids[1]), InstanceAttribute(name: "absent", targetID: ids[1]),
        ]))
        #expect(simulator.instance(ids[1]).attributes["stack"] == nil)
        #expect(simulator.instance(ids[1]).attributes["ecs.instance-type"] == "m5.large")
        // Tasks already placed stay where they are, as in ECS; new ones go to the instance still blue.
        try simulator.execute(.updateService(cluster: "c", service: "blue", desiredCount: 3))
        #expect(simulator.activeTasks("blue").filter { $0.containerInstanceID == ids[0] }.count == 1)
        #expect(simulator.activeTasks("blue").filter { $0.containerInstanceID == ids[1] }.count == 2)
    }

    @Test func badCallsAreRefusedAndChangeNothing() throws {
        let simulator = try waitingForBlue()
        let ids = instanceIDs(simulator)
        func put(_ attributes: [InstanceAttribute]) -> String? { refusal(simulator, .putAttributes(cluster: "c", attributes: attributes)) }
        let good = InstanceAttribute(name: "stack", value: "blue", targetID: ids[0])

        #expect(put([good, InstanceAttribute(name: "stack", value: "blue", targetID: "0000-none")]) == "TargetNotFoundException")
        #expect(put([good, InstanceAttribute(name: "x", targetID: "arn:aws:ecs:us-east-1:123456789012:container-instance/other/\(ids[1])")])
            == "TargetNotFoundException")
        #expect(put([good, InstanceAttribute(name: "ecs.instance-type", value: "g5.xlarge", targetID: ids[0])]) == "InvalidParameterException")
        #expect(put([good, InstanceAttribute(name: "bad name", targetID: ids[0])]) == "InvalidParameterException")
        #expect(put([good, InstanceAttribute(name: "v", value: " padded", targetID: ids[0])]) == "InvalidParameterException")
        #expect(put([good, InstanceAttribute(name: "v", value: String(repeating: "a", count: 129), targetID: ids[0])]) == "InvalidParameterException")
        #expect(put([]) == "InvalidParameterException")
        #expect(put((0..<11).map { InstanceAttribute(name: "a\($0)", targetID: ids[0]) }) == "InvalidParameterException")
        #expect(refusal(simulator, .putAttributes(cluster: "ghost", attributes: [good])) == "ClusterNotFoundException")
        #expect(refusal(simulator, .deleteAttributes(cluster: "c", attributes: [InstanceAttribute(name: "ecs.os-type", targetID: ids[0])]))
            == "InvalidParameterException")
        #expect(simulator.instance(ids[0]).attributes["stack"] == nil, "nothing half-applied")
        #expect(simulator.activeTasks("blue").isEmpty)

        // Ten custom attributes an instance: the eleventh is over the limit, counted with the call's own.
        #expect(put((0..<10).map { InstanceAttribute(name: "a\($0)", targetID: ids[0]) }) == nil)
        #expect(put([InstanceAttribute(name: "a0", value: "again", targetID: ids[0])]) == nil, "an overwrite adds none")
        #expect(put([InstanceAttribute(name: "a10", targetID: ids[0])]) == "AttributeLimitExceededException")
        #expect(simulator.instance(ids[0]).attributes["a10"] == nil)
    }

    @Test func theSameCallsPlaceTheSameWay() throws {
        func run() throws -> [String?] {
            let simulator = try waitingForBlue(seed: 11)
            let ids = instanceIDs(simulator)
            try simulator.execute(.putAttributes(cluster: "c", attributes: ids.map { InstanceAttribute(name: "stack", value: "blue", targetID: $0) }))
            try simulator.execute(.updateService(cluster: "c", service: "blue", desiredCount: 5))
            simulator.advance(seconds: 60)
            return simulator.activeTasks("blue").map(\.containerInstanceID)
        }
        let first = try run()
        #expect(first.count == 5)
        #expect(try run() == first)
    }
}
