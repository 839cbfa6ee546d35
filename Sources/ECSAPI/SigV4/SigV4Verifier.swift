import Crypto
import ECSModel
import Foundation

/// Checks a request's SigV4 `Authorization` header against the one key pair a server accepts, and
/// refuses it with the error AWS itself would give.
public struct SigV4Verifier: Sendable {
    public var credentials: SigV4Credentials
    public var region: String
    public var service: String
    /// How far `X-Amz-Date` may be from `now()`, either way: AWS allows 15 minutes.
    public var allowedSkew: TimeInterval
    /// Injectable so tests can stand at a fixed instant.
    public var now: @Sendable () -> Date

    public init(
        credentials: SigV4Credentials, region: String = "us-east-1", service: String = "ecs",
        allowedSkew: TimeInterval = 15 * 60, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.allowedSkew = allowedSkew
        self.now = now
    }

    /// Returns the access key ID that signed the request, or throws the AWS error that refuses it.
    @discardableResult
    public func verify(_ request: SigV4Request) throws(ECSError) -> String {
        guard let authorization = request.header("Authorization"), !authorization.isEmpty else {
            throw .missingAuthenticationToken()
        }
        let parsed = try SigV4Authorization(parsing: authorization)
        guard let timestamp = request.header("X-Amz-Date") else {
            throw .incompleteSignature(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
                    + "Authorization=\(authorization)"
            )
        }
        guard let date = SigV4Timestamp.date(from: timestamp) else {
            throw .incompleteSignature(
                "Date must be in ISO-8601 'basic format'. Got '\(timestamp)'. See http://en.wikipedia.org/wiki/ISO_8601"
            )
        }
        guard parsed.accessKeyID == credentials.accessKeyID else { throw .unrecognizedClient() }
        if let token = credentials.sessionToken, request.header("X-Amz-Security-Token") != token {
            throw .unrecognizedClient()
        }
        try checkScope(parsed, timestamp: timestamp)
        // Unsigned, Host would let a captured request be replayed at another endpoint, and X-Amz-Target
        // (the operation, in JSON 1.1) let its body be replayed as another operation.
        for (header, required) in [("Host", true), ("X-Amz-Target", request.header("X-Amz-Target") != nil)]
        where required && !parsed.signedHeaders.contains(header.lowercased()) {
            throw .incompleteSignature("'\(header)' must be a 'SignedHeader' in the AWS Authorization.")
        }
        try checkFreshness(date, timestamp: timestamp)

        // Always the body's own hash, never an X-Amz-Content-Sha256 header's claim: a header cannot vouch
        // for a body it was not computed from.
        let payloadHash = SigV4CanonicalRequest.hexSHA256(request.body)
        let canonical = SigV4CanonicalRequest(
            request: request, payloadHash: payloadHash, headerNames: parsed.signedHeaders
        )
        let key = SigV4CanonicalRequest.signingKey(
            secret: credentials.secretAccessKey, date: parsed.date, region: region, service: service
        )
        let scope = SigV4CanonicalRequest.scope(date: parsed.date, region: region, service: service)
        let stringToSign = Data(canonical.stringToSign(timestamp: timestamp, scope: scope).utf8)
        // HMAC's own check compares in constant time, so timing tells nothing about the right signature.
        guard let provided = parsed.signatureBytes,
            HMAC<SHA256>.isValidAuthenticationCode(provided, authenticating: stringToSign, using: key)
        else { throw .invalidSignature() }
        return parsed.accessKeyID
    }

    private func checkScope(_ parsed: SigV4Authorization, timestamp: String) throws(ECSError) {
        guard parsed.date == String(timestamp.prefix(8)) else {
            throw .invalidSignature(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                    + "'\(parsed.date)' != '\(timestamp.prefix(8))', from '\(timestamp)'."
            )
        }
        guard parsed.region == region else {
            throw .invalidSignature("Credential should be scoped to a valid region. ")
        }
        guard parsed.service == service else {
            throw .invalidSignature("Credential should be scoped to correct service: '\(service)'. ")
        }
        guard parsed.terminator == "aws4_request" else {
            throw .invalidSignature(
                "Credential should be scoped with a valid terminator: 'aws4_request', not '\(parsed.terminator)'. "
            )
        }
    }

    private func checkFreshness(_ date: Date, timestamp: String) throws(ECSError) {
        let now = now()
        if date < now.addingTimeInterval(-allowedSkew) {
            throw .invalidSignature(
                "Signature expired: \(timestamp) is now earlier than "
                    + "\(SigV4Timestamp.string(from: now.addingTimeInterval(-allowedSkew))) "
                    + "(\(SigV4Timestamp.string(from: now)) - \(Int(allowedSkew / 60)) min.)"
            )
        }
        if date > now.addingTimeInterval(allowedSkew) {
            throw .invalidSignature(
                "Signature not yet current: \(timestamp) is still later than "
                    + "\(SigV4Timestamp.string(from: now.addingTimeInterval(allowedSkew))) "
                    + "(\(SigV4Timestamp.string(from: now)) + \(Int(allowedSkew / 60)) min.)"
            )
        }
    }
}
