@testable import ECSAPI
import ECSModel
import Foundation
import Testing

/// The credential and region chain, with the files in a temporary home folder.
@Suite
struct AWSSettingsTests {
    private let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("aws-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
        try """
            # keys
            [default]
            aws_access_key_id = DEFAULTKEY
            aws_secret_access_key = defaultsecret

            [work]
            aws_access_key_id=WORKKEY
            aws_secret_access_key=worksecret
            aws_session_token = worktoken
            """.write(to: home.appendingPathComponent(".aws/credentials"), atomically: true, encoding: .utf8)
        try """
            [default]
            region = eu-west-1
            [profile work]
            region = ap-south-1
            s3 =
              max_concurrent_requests = 20
            """.write(to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
    }

    @Test func theDefaultProfileComesFromTheFiles() throws {
        let settings = try AWSSettings(environment: [:], homeDirectory: home.path)
        #expect(settings.credentials == SigV4Credentials(accessKeyID: "DEFAULTKEY", secretAccessKey: "defaultsecret"))
        #expect(settings.region == "eu-west-1")
    }

    @Test func aNamedProfileReadsItsConfigSection() throws {
        let byFlag = try AWSSettings(profile: "work", environment: [:], homeDirectory: home.path)
        #expect(byFlag.credentials == SigV4Credentials(accessKeyID: "WORKKEY", secretAccessKey: "worksecret", sessionToken: "worktoken"))
        #expect(byFlag.region == "ap-south-1")
        let byEnvironment = try AWSSettings(environment: ["AWS_PROFILE": "work"], homeDirectory: home.path)
        #expect(byEnvironment == byFlag)
    }

    @Test func environmentKeysComeBeforeTheDefaultProfileAndFlagsBeforeEverything() throws {
        let environment = [
            "AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "envsecret", "AWS_SESSION_TOKEN": "envtoken",
            "AWS_DEFAULT_REGION": "us-west-2",
        ]
        let settings = try AWSSettings(environment: environment, homeDirectory: home.path)
        #expect(settings.credentials == SigV4Credentials(accessKeyID: "ENVKEY", secretAccessKey: "envsecret", sessionToken: "envtoken"))
        #expect(settings.region == "us-west-2")
        #expect(try AWSSettings(region: "sa-east-1", environment: environment, homeDirectory: home.path).region == "sa-east-1")
        var withRegion = environment
        withRegion["AWS_REGION"] = "ca-central-1"
        #expect(try AWSSettings(environment: withRegion, homeDirectory: home.path).region == "ca-central-1")
    }

    @Test func filesMayLiveElsewhere() throws {
        let elsewhere = try AWSSettings(
            environment: [
                "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent(".aws/credentials").path,
                "AWS_CONFIG_FILE": home.appendingPathComponent(".aws/config").path,
            ],
            homeDirectory: "/nonexistent")
        #expect(elsewhere.credentials.accessKeyID == "DEFAULTKEY")
        #expect(elsewhere.region == "eu-west-1")
    }

    @Test func missingCredentialsOrRegionAreNamed() {
        #expect(throws: ECSError.self) { try AWSSettings(environment: [:], homeDirectory: "/nonexistent") }
        do {
            _ = try AWSSettings(
                environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B"], homeDirectory: "/nonexistent")
            Issue.record("no region must be an error")
        } catch {
            #expect(error.type == "NoRegionError")
        }
    }

    @Test func iniFilesIgnoreCommentsAndNestedBlocks() {
        let file = INIFile(parsing: "; c\n[a]\nx = 1\n  nested = 2\n# d\ny=two words\n[b]\n")
        #expect(file.sections == ["a": ["x": "1", "y": "two words"], "b": [:]])
    }
}
