@testable import ECSAPI
import AWSWire
import ECSModel
import Foundation
import Testing

/// The one operation table: what it answers, refuses and documents.
@Suite struct OperationTableTests {
    let fixture = RouterFixture()

    /// `docs/ecs-api.md` lists every answered operation, in the table's order, marking those that change
    /// state, and no other.
    @Test func theDocsListTheTableInItsOrderWithWhatChangesState() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/ecs-api.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        var documented: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
            let name = cell.prefix { $0.isLetter }
            guard !name.isEmpty, name.first!.isUppercase, ECSShapes.operations.contains(where: { $0.name == name }) else { continue }
            documented.append(cell.hasSuffix("*(changes)*") ? "\(name) (changes)" : String(name))
        }
        let table = ECSRequestRouter.operations.operations.map { $0.changesState ? "\($0.name) (changes)" : $0.name }
        #expect(documented == table)
    }

    /// Three facts say what changes state: the server's table (read-only refusals), the operations a
    /// control plane command stands for (the remote client, recordings) and `isMutating` (the dashboard's
    /// commands). They are kept apart on purpose, each where it is used; this holds them together.
    @Test func theTableChangesStateExactlyWhereCommandsDo() throws {
        let changing = Set(ECSRequestRouter.operations.operations.filter(\.changesState).map(\.name))
        #expect(changing == Set(ECSRequest.operations))
        // Every kind of command, each with every member set.
        let commands = RemoteECSRequestTests.rows.map(\.command)
        #expect(Set(commands.compactMap { $0.ecsRequest?.operation }) == Set(ECSRequest.operations))
        for command in commands {
            let request = try #require(command.ecsRequest)
            #expect(command.isMutating, "\(request.operation) changes state, yet its command is not mutating")
            #expect(changing.contains(request.operation))
        }
    }

    @Test func everyAnsweredOperationIsInECSsModel() {
        let model = Set(ECSShapes.operations.map(\.name))
        for operation in ECSRequestRouter.operations.operations {
            #expect(model.contains(operation.name), "\(operation.name)")
        }
    }

    @Test func anOperationOfTheModelNotAnsweredHereIsToldApartFromAnUnknownOne() throws {
        let unanswered = try fixture.call("CreateCapacityProvider", #"{"name":"x"}"#)
        #expect(unanswered.status == 400)
        #expect(unanswered.json["__type"] == .string("UnknownOperationException"))
        #expect(unanswered.json["message"] == .string("ecstop serve does not answer CreateCapacityProvider yet."))
        let unknown = try fixture.call("Teleport")
        #expect(unknown.json["__type"] == .string("UnknownOperationException"))
        #expect(unknown.json["message"] == .string("Unknown operation Teleport."))
    }

    @Test func readOnlyRefusesWhatTheTableSaysChangesStateAndAnswersTheRest() throws {
        let readOnly = RouterFixture(readOnly: true)
        for operation in ECSRequestRouter.operations.operations {
            let type = try readOnly.errorType(operation.name)
            if operation.changesState {
                #expect(type == "AccessDeniedException", "\(operation.name)")
            } else {
                #expect(type != "AccessDeniedException", "\(operation.name)")
            }
        }
    }

    /// A second service beside ECS on the same port, told apart by its target prefix.
    @Test func servicesShareOnePortByTargetPrefix() {
        struct Echo: AWSTargetService {
            var targetPrefix: String { "Echo_20260101" }
            func respond(operation: String, body: [UInt8]) -> ECSResponse { ECSResponse(status: 200, body: "{\"op\":\"\(operation)\"}") }
        }
        let router = AWSTargetRouter(services: [fixture.router, Echo()])
        #expect(router.respond(target: "Echo_20260101.Ping", body: []).body == #"{"op":"Ping"}"#)
        let ecs = router.respond(target: ECSRequestRouter.targetPrefix + "ListClusters", body: Array("{}".utf8))
        #expect(ecs.status == 200 && ecs.body.contains("clusterArns"))
        #expect(router.respond(target: "Nobody_1.Ping", body: []).body.contains("UnknownOperationException"))
    }
}
