@testable import ECSAPI
import ECSModel
import Foundation
@testable import Simulator
import Testing

/// Thousands of random requests, shaped from botocore's model by scripts/fuzz-ecs-requests.py (edge
/// integers, hostile strings, wrong types, broken JSON), against one simulation in turn: every answer
/// is a 200 or an AWS error with a type, nothing crashes, and the simulation keeps its invariants.
/// `ECSTOP_FUZZ_SEED` and `ECSTOP_FUZZ_COUNT` run other or longer rounds.
@Suite struct RequestFuzzTests {
    @Test func randomRequestsGetAnswersAndLeaveTheSimulationConsistent() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["ECSTOP_FUZZ_SEED"] ?? "1"
        let count = environment["ECSTOP_FUZZ_COUNT"] ?? "5000"
        let requests = try Self.requests(seed: seed, count: count)
        #expect(requests.count == Int(count))

        let simulator = Simulator(scenario: .default, seed: 7, chaos: .low)
        simulator.advance(by: .seconds(60))
        let controlPlane = LockedControlPlane(SimulatedControlPlane(simulator: simulator))
        let router = ECSRequestRouter(controlPlane: controlPlane)
        var answered = (ok: 0, refused: 0)
        for (index, request) in requests.enumerated() {
            let response = router.respond(target: ECSRequestRouter.targetPrefix + request.operation, body: Array(request.body.utf8))
            let json = try? JSONParser.parse(Array(response.body.utf8))
            #expect(json != nil, "\(request.operation) \(request.body): not JSON: \(response.body.prefix(200))")
            switch response.status {
            case 200: answered.ok += 1
            case 400:
                answered.refused += 1
                guard case .string(let type)? = json?["__type"], !type.isEmpty else {
                    Issue.record("\(request.operation) \(request.body): an error without a type: \(response.body.prefix(200))")
                    continue
                }
            default: Issue.record("\(request.operation) \(request.body): status \(response.status)")
            }
            if index % 25 == 24 { controlPlane.advance(wallElapsed: .seconds(5)) }
        }
        #expect(answered.ok > requests.count / 20, "some requests must get through: \(answered)")
        controlPlane.advance(wallElapsed: .seconds(600))
        #expect(simulator.invariantViolations() == [])
    }

    private static func requests(seed: String, count: String) throws -> [(operation: String, body: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("scripts/fuzz-ecs-requests.py").path, "--seed", seed, "--count", count,
        ] + ECSRequestRouter.operations.operations.map(\.name).sorted()
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the request generator failed (is botocore installed?): \(errorText)")
        let pairs = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        return pairs.map { ($0[0], $0[1]) }
    }
}
