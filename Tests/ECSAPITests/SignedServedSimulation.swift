@testable import ECSAPI
import Foundation

/// A control plane served over HTTP with SigV4 checked, and a `RemoteECS` signed with the same keys
/// reading it: the dashboard's path to a real endpoint, end to end in one process.
struct SignedServedSimulation {
    let server: HTTPServer
    let remote: RemoteECS

    init(_ controlPlane: LockedControlPlane, refreshInterval: Duration) throws {
        let credentials = SigV4Credentials(accessKeyID: "AKIDREMOTE", secretAccessKey: "remote-secret")
        let endpoint = ECSEndpoint(
            router: ECSRequestRouter(controlPlane: controlPlane),
            authenticator: SigV4Authenticator(verifier: SigV4Verifier(credentials: credentials)))
        server = try HTTPServer(host: "127.0.0.1", port: 0) { endpoint.respond(to: $0) }
        server.start()
        remote = RemoteECS(
            endpoint: URL(string: "http://127.0.0.1:\(server.port)")!,
            settings: AWSSettings(credentials: credentials, region: "us-east-1"), refreshInterval: refreshInterval)
    }

    /// The client first, so that no poll is left talking to a stopped server.
    func stop() {
        remote.stop()
        server.stop()
    }
}
