import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4, the way botocore's `SigV4Auth` does.
public struct SigV4Signer: Sendable {
    public var credentials: SigV4Credentials
    public var region: String
    public var service: String
    /// Also send (and sign) `X-Amz-Content-Sha256`; ECS does not need it, S3-style servers do.
    public var sendsContentSHA256: Bool

    public init(
        credentials: SigV4Credentials, region: String = "us-east-1", service: String = "ecs",
        sendsContentSHA256: Bool = false
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.sendsContentSHA256 = sendsContentSHA256
    }

    /// The request with `X-Amz-Date`, `X-Amz-Security-Token` (with a session token),
    /// `X-Amz-Content-Sha256` (if asked) and `Authorization` set; any earlier ones are replaced.
    public func sign(_ request: SigV4Request, at date: Date) -> SigV4Request {
        var signed = request
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"] {
            signed.removeHeader(name)
        }
        let timestamp = SigV4Timestamp.string(from: date)
        let payloadHash = SigV4CanonicalRequest.hexSHA256(request.body)
        signed.headers.append(.init("X-Amz-Date", timestamp))
        if let token = credentials.sessionToken {
            signed.headers.append(.init("X-Amz-Security-Token", token))
        }
        if sendsContentSHA256 {
            signed.headers.append(.init("X-Amz-Content-Sha256", payloadHash))
        }
        let canonical = SigV4CanonicalRequest(request: signed, payloadHash: payloadHash)
        let day = String(timestamp.prefix(8))
        let scope = SigV4CanonicalRequest.scope(date: day, region: region, service: service)
        let key = SigV4CanonicalRequest.signingKey(
            secret: credentials.secretAccessKey, date: day, region: region, service: service
        )
        let signature = HMAC<SHA256>.authenticationCode(
            for: Data(canonical.stringToSign(timestamp: timestamp, scope: scope).utf8), using: key
        )
        signed.headers.append(
            .init(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
                    + "SignedHeaders=\(canonical.signedHeaders.joined(separator: ";")), "
                    + "Signature=\(SigV4CanonicalRequest.hex(signature))"
            )
        )
        return signed
    }
}
