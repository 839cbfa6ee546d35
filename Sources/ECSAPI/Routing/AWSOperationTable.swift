import ECSModel

/// The operations one AWS service answers, by name, beside every operation of its model: a request
/// for an operation outside the model is unknown, one in the model but not in the table is one that
/// `ecstop serve` does not answer yet (both UnknownOperationException, as AWS names an operation it
/// does not have), and one that changes state is refused under `--read-only`.
public struct AWSOperationTable<Handler: Sendable>: Sendable {
    /// The `X-Amz-Target` prefix, without the dot: `AmazonEC2ContainerServiceV20141113`.
    public let targetPrefix: String
    /// The answered operations, in the order declared (the order `docs/ecs-api.md` lists them).
    public let operations: [AWSOperation<Handler>]
    private let byName: [String: AWSOperation<Handler>]
    private let modelOperations: Set<String>

    public init(targetPrefix: String, modelOperations: [String], operations: [AWSOperation<Handler>]) {
        self.targetPrefix = targetPrefix
        self.operations = operations
        self.modelOperations = Set(modelOperations)
        byName = Dictionary(operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func operation(named name: String) -> AWSOperation<Handler>? { byName[name] }

    /// The answer of `handler` to `operation` with `body`; every failure is the AWS error shape.
    public func respond(to operation: String, body: [UInt8], handler: Handler, readOnly: Bool) -> ECSResponse {
        do throws(ECSError) {
            guard let declared = byName[operation] else {
                guard modelOperations.contains(operation) else {
                    throw ECSError("UnknownOperationException", "Unknown operation \(operation).")
                }
                throw ECSError("UnknownOperationException", "ecstop serve does not answer \(operation) yet.")
            }
            if readOnly && declared.changesState {
                throw ECSError("AccessDeniedException", "ecstop serve --read-only refuses \(operation).")
            }
            if let limit = declared.bodyLimit, body.count > limit.bytes { throw limit.refusal(body.count) }
            return ECSResponse(status: 200, bytes: try declared.answer(handler, body))
        } catch {
            return .failure(error)
        }
    }
}
