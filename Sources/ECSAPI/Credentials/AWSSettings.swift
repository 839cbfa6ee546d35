import Foundation
import ECSModel

/// Credentials and region found the way the AWS CLI finds them: environment variables first, then the
/// shared credentials and config files for the chosen profile.
public struct AWSSettings: Hashable, Sendable {
    public var credentials: SigV4Credentials
    public var region: String
    public var profile: String

    public init(credentials: SigV4Credentials, region: String, profile: String = "default") {
        self.credentials = credentials
        self.region = region
        self.profile = profile
    }

    /// `profile` and `region` are the command line's; nil when not given there.
    public init(
        profile: String? = nil, region: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String = NSHomeDirectory()
    ) throws(ECSError) {
        let profile = profile ?? environment["AWS_PROFILE"] ?? "default"
        let awsFolder = homeDirectory + "/.aws"
        let credentialsFile = Self.read(environment["AWS_SHARED_CREDENTIALS_FILE"] ?? awsFolder + "/credentials")
        let configFile = Self.read(environment["AWS_CONFIG_FILE"] ?? awsFolder + "/config")
        // The config file names profiles `[profile NAME]`, except the default one.
        let configSection = configFile?["profile \(profile)"] ?? (profile == "default" ? configFile?["default"] : nil)
        // A profile asked for by name overrides the environment's keys, as in the AWS CLI.
        let namedProfileWins = environment["AWS_PROFILE"] != nil || profile != "default"
        let environmentKeys = environment["AWS_ACCESS_KEY_ID"].flatMap { id in
            environment["AWS_SECRET_ACCESS_KEY"].map {
                SigV4Credentials(accessKeyID: id, secretAccessKey: $0, sessionToken: environment["AWS_SESSION_TOKEN"])
            }
        }
        let fileKeys = [credentialsFile?[profile], configSection].lazy.compactMap { section in
            section.flatMap { values in
                values["aws_access_key_id"].flatMap { id in
                    values["aws_secret_access_key"].map {
                        SigV4Credentials(accessKeyID: id, secretAccessKey: $0, sessionToken: values["aws_session_token"])
                    }
                }
            }
        }.first
        let credentials = namedProfileWins ? (fileKeys ?? environmentKeys) : (environmentKeys ?? fileKeys)
        guard let credentials else {
            throw ECSError(
                "NoCredentialsError",
                "Unable to locate credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give a profile of ~/.aws/credentials."
            )
        }
        let region = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? configSection?["region"]
        guard let region, !region.isEmpty else {
            throw ECSError("NoRegionError", "No region: give --region, set AWS_REGION, or set region in ~/.aws/config.")
        }
        self.credentials = credentials
        self.region = region
        self.profile = profile
    }

    private static func read(_ path: String) -> INIFile? {
        (try? String(contentsOfFile: path, encoding: .utf8)).map(INIFile.init(parsing:))
    }
}
