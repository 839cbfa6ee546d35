@testable import ECSAPI
import ECSModel
import Simulator

/// A router over the default scenario without chaos, and a way to call it as botocore would.
struct RouterFixture {
    let controlPlane: LockedControlPlane
    let router: ECSRequestRouter

    init(readOnly: Bool = false) {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(90))
        controlPlane = LockedControlPlane(SimulatedControlPlane(simulator: simulator))
        router = ECSRequestRouter(controlPlane: controlPlane, readOnly: readOnly)
    }

    /// The HTTP status and the parsed body of `operation` with `body`.
    func call(_ operation: String, _ body: String = "{}") throws -> (status: Int, json: JSONValue) {
        let response = router.respond(target: ECSRequestRouter.targetPrefix + operation, body: Array(body.utf8))
        return (response.status, try JSONParser.parse(Array(response.body.utf8)))
    }

    /// The `__type` of an error answer, nil for a success.
    func errorType(_ operation: String, _ body: String = "{}") throws -> String? {
        let (status, json) = try call(operation, body)
        guard case .string(let type)? = json["__type"] else { return nil }
        return status == 400 ? type : "status \(status)"
    }

    func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let elements)? = value else { return [] }
        return elements.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    func count(_ value: JSONValue?) -> Int {
        guard case .array(let elements)? = value else { return -1 }
        return elements.count
    }
}
