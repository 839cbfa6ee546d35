import ECSModel
import Foundation
// The endpoint answers the HTTP server's requests: whoever serves ECS gets the server with ECSAPI.
@_exported import HTTPServing

/// The ECS API over HTTP: authenticates each request, then hands it to the router.
public struct ECSEndpoint: Sendable {
    public let router: ECSRequestRouter
    public let authenticator: any RequestAuthenticator

    public init(router: ECSRequestRouter, authenticator: any RequestAuthenticator = PassThroughAuthenticator()) {
        self.router = router
        self.authenticator = authenticator
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let response: ECSResponse
        if let refusal = authenticator.authenticate(
            method: request.method, path: request.path, headers: request.headers, body: request.body) {
            response = .failure(refusal)
        } else if request.method != "POST" {
            response = .failure(ECSError("UnknownOperationException", "The ECS API takes POST requests, not \(request.method)."))
        } else {
            response = router.respond(target: request.headers["x-amz-target"], body: request.body)
        }
        return HTTPResponse(
            status: response.status,
            headers: [("Content-Type", "application/x-amz-json-1.1"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
            body: Array(response.body.utf8))
    }
}
