import ECSModel

/// Decides whether a request may reach the router. The server asks it before anything else, so the
/// SigV4 verifier (`--access-key/--secret-key`) plugs in here without touching the router.
public protocol RequestAuthenticator: Sendable {
    /// nil to let the request through, else the error to answer (for SigV4: `InvalidSignatureException`,
    /// `MissingAuthenticationTokenException`, `UnrecognizedClientException`), sent as HTTP 400.
    /// `headers` are keyed by lowercased name; `body` is the raw bytes the signature covers.
    func authenticate(method: String, path: String, headers: [String: String], body: [UInt8]) -> ECSError?
}

/// Lets every request through: the default, as the simulation has no secrets to guard.
public struct PassThroughAuthenticator: RequestAuthenticator {
    public init() {}

    public func authenticate(method: String, path: String, headers: [String: String], body: [UInt8]) -> ECSError? {
        nil
    }
}
