import ArgumentParser
import ECSAPI
import Foundation
import Simulator

/// `ecstop serve`: the simulation headless in real time, served through the ECS API so that the AWS
/// CLI, boto3 and SDKs drive it (`aws --endpoint-url http://127.0.0.1:5080 ecs list-clusters`).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the simulation as an ECS API endpoint (AWS JSON 1.1) until Ctrl-C.",
        discussion: """
            Clusters, task definitions, services, tasks, container instances and tags, from creation to \
            deletion, as ECS answers them; docs/ecs-api.md lists every operation and member. For example:
              AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --region us-east-1 \\
                --endpoint-url http://127.0.0.1:5080 ecs create-cluster --cluster-name lab
            """
    )

    @Option(help: "TCP port to listen on; 0 lets the system choose (the line printed names it).")
    var port = 5080

    @Option(help: "IPv4 or IPv6 address to bind (::1 for IPv6 loopback). Anything but loopback exposes the simulation to the network.")
    var host = "127.0.0.1"

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var speed: SpeedOption

    @Flag(help: "Answer AccessDeniedException to every operation that changes the clusters.")
    var readOnly = false

    @Option(help: ArgumentHelp("With --secret-key: refuse requests not signed (SigV4) by this access key.", valueName: "id"))
    var accessKey: String?

    @Option(help: ArgumentHelp("The secret of --access-key.", valueName: "secret"))
    var secretKey: String?

    /// How often the clock loop lets simulated time pass.
    static let tick = Duration.milliseconds(100)

    func validate() throws {
        guard (accessKey == nil) == (secretKey == nil) else {
            throw ValidationError("--access-key and --secret-key go together")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
    }

    func run() throws {
        let choice: ScenarioChoice
        do {
            choice = try loadScenario(simulation)
        } catch {
            exitReporting(error)
        }
        // Blocked before any thread starts, so every thread inherits the mask and sigwait below gets them.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
        signal(SIGPIPE, SIG_IGN)

        let controlPlane = LockedControlPlane(
            SimulatedControlPlane(simulator: choice.makeSimulator(), speed: speed.speed ?? choice.speed ?? 1))
        // With a key pair, every request must be signed by it; without, any request is taken (as moto does).
        let authenticator: any RequestAuthenticator = if let accessKey, let secretKey {
            SigV4Authenticator(verifier: SigV4Verifier(credentials: SigV4Credentials(accessKeyID: accessKey, secretAccessKey: secretKey)))
        } else {
            PassThroughAuthenticator()
        }
        let endpoint = ECSEndpoint(router: ECSRequestRouter(controlPlane: controlPlane, readOnly: readOnly), authenticator: authenticator)
        let server: HTTPServer
        do {
            server = try HTTPServer(host: host == "localhost" ? "127.0.0.1" : host, port: port) { endpoint.respond(to: $0) }
        } catch {
            fail("\(error)", exitCode: 1)
        }
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            warn("--host \(host): the simulated ECS API accepts requests from anyone who can reach this address")
        }
        server.start()
        controlPlane.followWallClock()
        // An IPv6 address goes in brackets in a URL, or its colons would read as the port's.
        let authority = host.contains(":") ? "[\(host)]:\(server.port)" : "\(host):\(server.port)"
        let line = "ecstop: serving the simulated ECS API on http://\(authority) (Ctrl-C stops)\n"
        FileHandle.standardOutput.write(Data(line.utf8))

        var received: Int32 = 0
        sigwait(&stopSignals, &received)
        server.stop()
    }
}
