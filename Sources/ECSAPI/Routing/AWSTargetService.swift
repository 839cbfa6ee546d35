/// An AWS service on the shared port: the `X-Amz-Target` prefix it answers (without the dot) and its
/// answer to one of its operations.
public protocol AWSTargetService: Sendable {
    var targetPrefix: String { get }
    func respond(operation: String, body: [UInt8]) -> ECSResponse
}
