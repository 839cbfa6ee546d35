import ArgumentParser
import ECSAPI
import ECSModel
import Foundation

/// `--endpoint-url`, `--region`, `--profile`, `--refresh`: watch a real ECS endpoint instead of the
/// simulation. Any of the first three turns it on.
struct RemoteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Watch this ECS endpoint (AWS, LocalStack, moto) instead of the simulation, and CloudWatch Logs for the logs view at the same URL. (default with --region or --profile: https://ecs.<region>.amazonaws.com)", valueName: "url"))
    var endpointURL: String?

    @Option(help: ArgumentHelp("AWS region of the endpoint. (default: $AWS_REGION, $AWS_DEFAULT_REGION, the profile's)", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Profile of ~/.aws/credentials and ~/.aws/config. (default: $AWS_PROFILE, else default)", valueName: "name"))
    var profile: String?

    @Option(
        help: ArgumentHelp("How often to read the endpoint, such as 2s, 1m or 0.5 (seconds); at least 0.1. (default: 2s)", valueName: "time"),
        transform: { text throws(ArgumentValueError) in
            let duration = try DurationArgument.parse(text)
            guard duration >= .milliseconds(100) else { throw ArgumentValueError("the refresh must be at least 0.1 seconds") }
            return duration
        })
    var refresh: Duration?

    var isRemote: Bool { endpointURL != nil || region != nil || profile != nil }

    func validate() throws {
        if refresh != nil, !isRemote { throw ValidationError("--refresh needs --endpoint-url, --region or --profile") }
        if let endpointURL {
            guard let url = URL(string: endpointURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil
            else { throw ValidationError("--endpoint-url must be an http:// or https:// URL, not '\(endpointURL)'") }
        }
    }

    /// The endpoint's control plane, polling from now on; nil without the remote options. Credentials
    /// are looked up here, before the terminal is taken, so that missing ones are a plain message.
    func makeControlPlane() throws(UsageError) -> RemoteECS? {
        guard isRemote else { return nil }
        let settings: AWSSettings
        do {
            settings = try AWSSettings(profile: profile, region: region)
        } catch {
            throw UsageError(error.message)
        }
        let endpoint = endpointURL.flatMap { URL(string: $0) } ?? ECSClient.defaultEndpoint(region: settings.region)
        return RemoteECS(endpoint: endpoint, settings: settings, refreshInterval: refresh ?? .seconds(2))
    }
}
