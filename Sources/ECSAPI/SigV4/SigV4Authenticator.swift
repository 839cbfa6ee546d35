import ECSModel
import Foundation

/// `ecstop serve --access-key … --secret-key …`: the server refuses every request that does not
/// carry a valid SigV4 signature by that key pair, with the error AWS itself gives.
public struct SigV4Authenticator: RequestAuthenticator {
    public let verifier: SigV4Verifier

    public init(verifier: SigV4Verifier) {
        self.verifier = verifier
    }

    public func authenticate(method: String, path: String, headers: [String: String], body: [UInt8]) -> ECSError? {
        let fields = headers.sorted { $0.key < $1.key }.map { SigV4Request.Field($0.key, $0.value) }
        do {
            try verifier.verify(SigV4Request(method: method, target: path, headers: fields, body: Data(body)))
            return nil
        } catch {
            return error
        }
    }
}
