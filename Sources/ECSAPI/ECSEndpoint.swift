import ECSModel
import Foundation
// The endpoint answers the HTTP server's requests: whoever serves ECS gets the server with ECSAPI.
@_exported import HTTPServing

/// The AWS APIs over HTTP: authenticates each request, then hands it to the service its
/// `X-Amz-Target` names.
public struct ECSEndpoint: Sendable {
    public let services: AWSTargetRouter
    public let authenticator: any RequestAuthenticator

    public init(services: [any AWSTargetService], authenticator: any RequestAuthenticator = PassThroughAuthenticator()) {
        self.services = AWSTargetRouter(services: services)
        self.authenticator = authenticator
    }

    /// ECS alone.
    public init(router: ECSRequestRouter, authenticator: any RequestAuthenticator = PassThroughAuthenticator()) {
        self.init(services: [router], authenticator: authenticator)
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let response: ECSResponse
        if let refusal = authenticator.authenticate(
            method: request.method, path: request.path, headers: request.headers, body: request.body) {
            response = .failure(refusal)
        } else if request.method != "POST" {
            response = .failure(ECSError("UnknownOperationException", "The ECS API takes POST requests, not \(request.method)."))
        } else {
            response = services.respond(target: request.headers["x-amz-target"], body: request.body)
        }
        return HTTPResponse(
            status: response.status,
            headers: [("Content-Type", "application/x-amz-json-1.1"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
            body: response.bytes)
    }
}
