import AWSWire
import ECSModel
import Foundation
import Simulator
import Testing

/// The two directions of each mapping undo each other: a command written as its request (what the
/// remote client sends and a recording keeps) reads back as the same command through the server's
/// request mapping, and a resource answered as its response shape reads back as the same resource
/// through the remote client's.
@Suite struct WireMappingRoundTripTests {
    @Test(arguments: RemoteECSRequestTests.rows) func aCommandSurvivesItsRequest(_ row: RemoteECSRequestTests.Row) throws {
        let request = try #require(row.command.ecsRequest)
        #expect(try ControlPlaneCommand(request) == row.command)
        // And through the request's JSON, as a recording or an endpoint reads it.
        let body = try AWSJSONCoding.encoder().encode(request)
        let decoded = try #require(try ECSRequest(operation: request.operation, from: JSONDecoderProbe.decoder(for: body)))
        #expect(decoded == request)
        #expect(try ControlPlaneCommand(decoded) == row.command)
    }

    @Test func resourcesSurviveTheirResponseShapes() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .low)
        simulator.advance(by: .seconds(150))
        let victim = try #require(simulator.snapshot().cluster(named: "prod")?.service(named: "web")?.tasks.first)
        try simulator.execute(.stopTask(cluster: "prod", task: victim.id, reason: "Stopped from a test"))
        simulator.advance(by: .seconds(60))
        let snapshot = simulator.snapshot()
        let now = snapshot.time
        var compared = 0
        for cluster in snapshot.clusters {
            #expect(Cluster(described: ECSShapes.Cluster(cluster.cluster)) == cluster.cluster)
            for service in cluster.services {
                #expect(Service(described: ECSShapes.Service(service.service), at: now) == service.service, "\(service.service.name)")
            }
            let ec2InstanceIDs = Dictionary(uniqueKeysWithValues: cluster.instances.map { ($0.id, $0.ec2InstanceID) })
            for task in cluster.allTasks {
                let read = Task(described: ECSShapes.Task(task), ec2InstanceIDs: ec2InstanceIDs, at: now)
                #expect(read == Self.onTheWire(task), "\(task.id)")
            }
            for instance in cluster.instances {
                #expect(ContainerInstance(described: ECSShapes.ContainerInstance(instance), at: now) == Self.onTheWire(instance), "\(instance.id)")
            }
            compared += 1 + cluster.services.count + cluster.allTasks.count + cluster.instances.count
        }
        for definition in snapshot.taskDefinitions.values {
            #expect(TaskDefinition(described: ECSShapes.TaskDefinition(definition)) == Self.onTheWire(definition), "\(definition.reference)")
        }
        #expect(compared > 30, "the scenario has resources of every kind")
        #expect(snapshot.clusters.contains { $0.allTasks.contains { $0.lastStatus == .stopped } }, "a stopped task is compared too")
    }

    /// In awsvpc mode ECS shows each port mapping's host port as its container port.
    private static func onTheWire(_ definition: TaskDefinition) -> TaskDefinition {
        guard definition.networkMode == .awsvpc else { return definition }
        var definition = definition
        for container in definition.containerDefinitions.indices {
            for mapping in definition.containerDefinitions[container].portMappings.indices {
                let port = definition.containerDefinitions[container].portMappings[mapping]
                definition.containerDefinitions[container].portMappings[mapping].hostPort = port.containerPort
            }
        }
        return definition
    }

    /// What ECS's task shape does not carry: whether each container is essential is its definition's.
    private static func onTheWire(_ task: Task) -> Task {
        var task = task
        for index in task.containers.indices { task.containers[index].essential = true }
        return task
    }

    /// What ECS's container instance shape does not carry: the Auto Scaling group and the ENI counts
    /// are the simulation's own.
    private static func onTheWire(_ instance: ContainerInstance) -> ContainerInstance {
        var instance = instance
        instance.autoScalingGroupName = nil
        instance.eniLimit = 0
        instance.enisInUse = 0
        return instance
    }
}

/// A decoder over JSON bytes, to decode a request shape chosen at run time.
enum JSONDecoderProbe {
    private struct Capture: Decodable {
        let decoder: any Decoder
        init(from decoder: any Decoder) throws { self.decoder = decoder }
    }

    static func decoder(for data: Data) throws -> any Decoder {
        try AWSJSONCoding.decoder().decode(Capture.self, from: data).decoder
    }
}
