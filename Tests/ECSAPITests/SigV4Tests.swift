import ECSAPI
import ECSModel
import Foundation
import Testing

/// The signer is checked against botocore's own `SigV4Auth` (what boto3 and the AWS CLI sign with), and
/// the verifier against requests botocore signed, so both sides agree with AWS's reference client.
@Suite struct SigV4Tests {
    static let signedAt = Date(timeIntervalSince1970: 1_796_126_400)  // 2026-12-01T12:00:00Z
    static let credentials = SigV4Credentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    )
    static let temporary = SigV4Credentials(
        accessKeyID: "ASIAEXAMPLE", secretAccessKey: "secret/with+symbols", sessionToken: "FwoGZXIvYXdzEJr//token=="
    )
    static let host = "ecs.us-east-1.amazonaws.com"

    /// Requests as the ECS client sends them, and a few that stress canonicalization.
    static let cases: [BotocoreSigner.Case] = [
        .init(
            credentials: credentials, method: "POST", path: "/",
            headers: [
                .init("Content-Type", "application/x-amz-json-1.1"),
                .init("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DescribeServices"),
            ],
            body: #"{"cluster":"default","services":["web","api"]}"#
        ),
        .init(
            credentials: temporary, method: "POST", path: "/",
            headers: [
                .init("Content-Type", "application/x-amz-json-1.1"),
                .init("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.UpdateService"),
                .init("X-Custom", "  spaced    out\tvalue  "),
            ],
            body: #"{"cluster":"prod","service":"web","desiredCount":4}"#
        ),
        .init(
            credentials: credentials, method: "GET", path: "/a/./b//c/../d",
            query: [
                .init("b", "x y/z"), .init("a", "1+2=3&"), .init("a", "0"), .init("c~d", "é!*()'"),
                .init("empty", ""),
            ],
            headers: [.init("Accept", "application/json")],
            body: ""
        ),
        .init(
            credentials: temporary, method: "POST", path: "/", headers: [], body: "",
            sendsContentSHA256: true
        ),
    ]

    @Test func signaturesMatchBotocore() throws {
        let expected = try BotocoreSigner.sign(Self.cases, at: "2026-12-01T12:00:00")
        for (index, testCase) in Self.cases.enumerated() {
            let signer = SigV4Signer(credentials: testCase.credentials, sendsContentSHA256: testCase.sendsContentSHA256)
            let signed = signer.sign(testCase.request(host: Self.host), at: Self.signedAt)
            #expect(expected[index].header("Authorization")?.hasPrefix("AWS4-HMAC-SHA256 Credential=") == true)
            for name in ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256"] {
                #expect(signed.header(name) == expected[index].header(name), "case \(index): \(name)")
            }
        }
    }

    @Test func aDescribeServicesSignatureIsPinned() {
        // Botocore 1.43's answer, written down so the signer stays checked where python3 is missing too.
        let request = Self.cases[0].request(host: Self.host)
        let signed = SigV4Signer(credentials: Self.credentials).sign(request, at: Self.signedAt)
        #expect(signed.header("Authorization") ==
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/ecs/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                + "Signature=61857a77543c9d68b1d0446cc9b171cc0dd0e92fe8b68ad6599a8a2ceb981575")
        #expect(signed.header("X-Amz-Date") == "20261201T120000Z")
        #expect(signed.header("X-Amz-Security-Token") == nil)
    }

    @Test func verifierAcceptsWhatBotocoreSigned() throws {
        let signed = try BotocoreSigner.sign(Self.cases, at: "2026-12-01T12:00:00")
        for (index, testCase) in Self.cases.enumerated() {
            let verifier = Self.verifier(for: testCase.credentials, at: Self.signedAt.addingTimeInterval(14 * 60))
            #expect(throws: Never.self, "case \(index)") {
                try verifier.verify(signed[index])
            }
        }
    }

    @Test func verifierRefusesTamperedRequests() throws {
        let original = try BotocoreSigner.sign([Self.cases[0]], at: "2026-12-01T12:00:00")[0]
        let verifier = Self.verifier(for: Self.credentials, at: Self.signedAt)
        let mismatch = ECSError.invalidSignature()

        var body = original
        body.body = Data(#"{"cluster":"default","services":["web","db"]}"#.utf8)
        #expect(Self.error(verifying: body, with: verifier) == mismatch)

        var target = original
        target.removeHeader("X-Amz-Target")
        target.headers.append(.init("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DeleteService"))
        #expect(Self.error(verifying: target, with: verifier) == mismatch)

        var wrongSecret = Self.credentials
        wrongSecret.secretAccessKey = "not-the-secret"
        #expect(Self.error(verifying: original, with: Self.verifier(for: wrongSecret, at: Self.signedAt)) == mismatch)

        var unknownKey = Self.credentials
        unknownKey.accessKeyID = "AKIDOTHER"
        #expect(
            Self.error(verifying: original, with: Self.verifier(for: unknownKey, at: Self.signedAt))
                == ECSError("UnrecognizedClientException", "The security token included in the request is invalid.")
        )

        let stale = Self.error(verifying: original, with: Self.verifier(for: Self.credentials, at: Self.signedAt.addingTimeInterval(16 * 60)))
        #expect(stale == ECSError(
            "InvalidSignatureException",
            "Signature expired: 20261201T120000Z is now earlier than 20261201T120100Z (20261201T121600Z - 15 min.)"
        ))
        let early = Self.error(verifying: original, with: Self.verifier(for: Self.credentials, at: Self.signedAt.addingTimeInterval(-16 * 60)))
        #expect(early?.type == "InvalidSignatureException")
        #expect(early?.message.hasPrefix("Signature not yet current: 20261201T120000Z is still later than") == true)

        var garbage = original
        garbage.removeHeader("Authorization")
        garbage.headers.append(.init("Authorization", "AWS4-HMAC-SHA256 garbage"))
        #expect(Self.error(verifying: garbage, with: verifier)?.type == "IncompleteSignatureException")

        var unsigned = original
        unsigned.removeHeader("Authorization")
        #expect(Self.error(verifying: unsigned, with: verifier) == ECSError("MissingAuthenticationTokenException", "Missing Authentication Token"))
    }

    @Test func malformedAuthorizationHeadersAreIncomplete() {
        let verifier = Self.verifier(for: Self.credentials, at: Self.signedAt)
        let headers: [(String, String)] = [
            ("Basic dXNlcjpwYXNz", "Unsupported AWS 'algorithm': 'Basic'. Authorization=Basic dXNlcjpwYXNz"),
            (
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/ecs/aws4_request",
                "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' "
                    + "parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/ecs/aws4_request"
            ),
            (
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/us-east-1/ecs, SignedHeaders=host, Signature=00",
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                    + "got 'AKIDEXAMPLE/us-east-1/ecs'"
            ),
        ]
        for (header, message) in headers {
            let request = SigV4Request(
                method: "POST", headers: [.init("Host", Self.host), .init("X-Amz-Date", "20261201T120000Z"), .init("Authorization", header)]
            )
            #expect(Self.error(verifying: request, with: verifier) == ECSError("IncompleteSignatureException", message))
        }
    }

    @Test func aServerReadsBotocoresRequestLineAndVerifiesIt() throws {
        let (signed, target) = try BotocoreSigner.signWithTargets([Self.cases[2]], at: "2026-12-01T12:00:00")[0]
        #expect(target.contains("+"), "botocore sends spaces as +: \(target)")
        let received = SigV4Request(method: "GET", target: target, headers: signed.headers, body: signed.body)
        #expect(received.query == signed.query)
        #expect(throws: Never.self) { try Self.verifier(for: Self.credentials, at: Self.signedAt).verify(received) }
    }

    @Test func hostAndTargetMustBeSigned() throws {
        let verifier = Self.verifier(for: Self.credentials, at: Self.signedAt)
        for header in ["Host", "X-Amz-Target"] {
            var request = Self.cases[0].request(host: Self.host)
            let value = try #require(request.header(header))
            request.removeHeader(header)
            var signed = SigV4Signer(credentials: Self.credentials).sign(request, at: Self.signedAt)
            signed.headers.append(.init(header, value))
            #expect(
                Self.error(verifying: signed, with: verifier)
                    == ECSError("IncompleteSignatureException", "'\(header)' must be a 'SignedHeader' in the AWS Authorization.")
            )
        }
    }

    @Test func aSessionTokenMustBeTheExpectedOne() throws {
        var original = try BotocoreSigner.sign([Self.cases[1]], at: "2026-12-01T12:00:00")[0]
        let verifier = Self.verifier(for: Self.temporary, at: Self.signedAt)
        #expect(throws: Never.self) { try verifier.verify(original) }
        original.removeHeader("X-Amz-Security-Token")
        original.headers.append(.init("X-Amz-Security-Token", "another-token"))
        #expect(Self.error(verifying: original, with: verifier)?.type == "UnrecognizedClientException")
    }

    @Test func ourOwnSignaturesVerify() {
        for testCase in Self.cases {
            let signer = SigV4Signer(credentials: testCase.credentials, sendsContentSHA256: testCase.sendsContentSHA256)
            let signed = signer.sign(testCase.request(host: Self.host), at: Self.signedAt)
            #expect(throws: Never.self) { try Self.verifier(for: testCase.credentials, at: Self.signedAt).verify(signed) }
        }
    }

    static func verifier(for credentials: SigV4Credentials, at instant: Date) -> SigV4Verifier {
        SigV4Verifier(credentials: credentials, now: { instant })
    }

    static func error(verifying request: SigV4Request, with verifier: SigV4Verifier) -> ECSError? {
        do {
            try verifier.verify(request)
            return nil
        } catch {
            return error
        }
    }
}

/// Signs requests with botocore in a python3 child process, its clock frozen at the given instant.
enum BotocoreSigner {
    struct Case: Sendable {
        var credentials: SigV4Credentials
        var method: String
        var path: String
        var query: [SigV4Request.Field] = []
        var headers: [SigV4Request.Field]
        var body: String
        var sendsContentSHA256 = false

        func request(host: String) -> SigV4Request {
            SigV4Request(
                method: method, path: path, query: query, headers: [.init("Host", host)] + headers, body: Data(body.utf8)
            )
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = #"""
        import datetime, json, sys
        import botocore.auth
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        job = json.load(sys.stdin)
        frozen = datetime.datetime.fromisoformat(job["timestamp"])
        # add_auth reads the clock through this module-level name; freezing it pins X-Amz-Date.
        botocore.auth.get_current_datetime = lambda *args, **kwargs: frozen
        out = []
        for case in job["cases"]:
            headers = dict(case["headers"])
            if case["contentSHA256"]:
                import hashlib
                headers["X-Amz-Content-SHA256"] = hashlib.sha256(case["body"].encode()).hexdigest()
            request = AWSRequest(
                method=case["method"], url="https://" + job["host"] + case["path"],
                params=[tuple(pair) for pair in case["query"]], headers=headers, data=case["body"].encode(),
            )
            SigV4Auth(Credentials(case["access"], case["secret"], case["token"]), "ecs", "us-east-1").add_auth(request)
            out.append({"headers": list(request.headers.items()), "url": request.prepare().url})
        json.dump(out, sys.stdout)
        """#

    /// Each case as botocore signed it, headers included, ready for the verifier.
    static func sign(_ cases: [Case], at timestamp: String, host: String = SigV4Tests.host) throws -> [SigV4Request] {
        try signWithTargets(cases, at: timestamp, host: host).map(\.request)
    }

    /// Also the request target (path and raw query) botocore would put on the request line.
    static func signWithTargets(_ cases: [Case], at timestamp: String, host: String = SigV4Tests.host
    ) throws -> [(request: SigV4Request, target: String)] {
        let job: [String: Any] = [
            "timestamp": timestamp, "host": host,
            "cases": cases.map { testCase -> [String: Any] in
                [
                    "method": testCase.method, "path": testCase.path,
                    "query": testCase.query.map { [$0.name, $0.value] },
                    "headers": testCase.headers.map { [$0.name, $0.value] }, "body": testCase.body,
                    "access": testCase.credentials.accessKeyID, "secret": testCase.credentials.secretAccessKey,
                    "token": testCase.credentials.sessionToken ?? NSNull(),
                    "contentSHA256": testCase.sendsContentSHA256,
                ]
            },
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: job))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "botocore could not sign (install it with `python3 -m pip install botocore`): \(errorText)")
        }
        guard let signed = try JSONSerialization.jsonObject(with: data) as? [[String: Any]], signed.count == cases.count
        else { throw Failure(description: "botocore's answer is not the JSON expected") }
        return try zip(cases, signed).map { testCase, answer in
            guard let headers = answer["headers"] as? [[String]], let url = answer["url"] as? String else {
                throw Failure(description: "botocore's answer is not the JSON expected")
            }
            var request = testCase.request(host: host)
            request.headers = [.init("Host", host)] + headers.map { .init($0[0], $0[1]) }
            return (request, String(url.dropFirst("https://\(host)".count)))
        }
    }
}
