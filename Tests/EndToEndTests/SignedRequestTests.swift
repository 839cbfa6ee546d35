import Foundation
import Testing

/// `ecstop serve --access-key … --secret-key …`: the AWS CLI's SigV4 signatures are checked, and
/// requests signed with another secret, or not signed, are refused with AWS's error names.
@Suite(.timeLimit(.minutes(2)))
struct SignedRequestTests {
    private func aws(_ server: ServedSimulation, secret: String, _ arguments: [String]) throws -> ProcessRun {
        guard let aws = ServedSimulation.executable("aws") else { throw ServedSimulation.StartFailed(description: "no aws CLI") }
        var environment = ServedSimulation.awsEnvironment
        environment["AWS_ACCESS_KEY_ID"] = "AKIDECSTOP"
        environment["AWS_SECRET_ACCESS_KEY"] = secret
        return try ProcessRun.launch(aws, ["--endpoint-url", server.endpoint, "--output", "json"] + arguments, environment: environment)
    }

    @Test func onlyRequestsSignedByTheKeyPairAreServed() throws {
        let server = try ServedSimulation(["--access-key", "AKIDECSTOP", "--secret-key", "s3cret"])
        defer { server.stop() }
        let signed = try aws(server, secret: "s3cret", ["ecs", "list-clusters"])
        #expect(signed.status == 0, "stderr: \(signed.standardError)")
        #expect(signed.standardOutput.contains("cluster/prod"))

        let wrongSecret = try aws(server, secret: "guess", ["ecs", "list-clusters"])
        #expect(wrongSecret.status != 0)
        #expect(wrongSecret.standardError.contains("(InvalidSignatureException)"), "stderr: \(wrongSecret.standardError)")

        let unsigned = try aws(server, secret: "s3cret", ["--no-sign-request", "ecs", "list-clusters"])
        #expect(unsigned.status != 0)
        #expect(unsigned.standardError.contains("(MissingAuthenticationTokenException)"), "stderr: \(unsigned.standardError)")
    }

    @Test func aKeyWithoutItsSecretIsAMistakeOnTheCommandLine() throws {
        let result = try ProcessRun.launch(try BuiltProduct.ecstop(), ["serve", "--access-key", "AKID"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--access-key and --secret-key go together"), "stderr: \(result.standardError)")
    }
}
