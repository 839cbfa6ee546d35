import ECSModel

/// Several AWS services on one port, told apart by the prefix of `X-Amz-Target`
/// (`AmazonEC2ContainerServiceV20141113.ListTasks`), as moto and LocalStack serve them. A service is
/// added beside the others, with a table of its own.
public struct AWSTargetRouter: Sendable {
    private let services: [String: any AWSTargetService]

    public init(services: [any AWSTargetService]) {
        self.services = Dictionary(services.map { ($0.targetPrefix, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func respond(target: String?, body: [UInt8]) -> ECSResponse {
        guard let target, let dot = target.lastIndex(of: "."),
              let service = services[String(target[..<dot])] else {
            return .failure(ECSError("UnknownOperationException", "Missing or unknown X-Amz-Target: \(target ?? "(none)")."))
        }
        return service.respond(operation: String(target[target.index(after: dot)...]), body: body)
    }
}
