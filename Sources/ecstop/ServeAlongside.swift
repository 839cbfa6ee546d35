import Dashboard
import ECSAPI
import ECSModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ecstop --serve PORT`: the ECS API served from the dashboard's own simulation, so that an
/// `aws ecs update-service` typed elsewhere shows on screen. The port is bound first (before the
/// terminal is taken, so that a port in use is a plain error); requests are answered once `start`
/// has put the control plane behind the lock that the dashboard and the server's event loops share.
final class ServeAlongside {
    private let server: HTTPServer
    private let slot: EndpointSlot
    private static let host = "127.0.0.1"

    /// Binds 127.0.0.1:`port`; on failure (the port in use) ends ecstop with exit code 1.
    init(port: Int) {
        guard (0...65535).contains(port) else { fail("--serve: the port must be between 0 and 65535, not \(port)", exitCode: 1) }
        let slot = EndpointSlot()
        self.slot = slot
        // The server's event loop threads start here and inherit this mask: terminating signals and
        // resizes go to the dashboard's thread, where they interrupt its wait for keys, never to them.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGWINCH] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        do {
            server = try HTTPServer(host: Self.host, port: port) { slot.respond(to: $0) }
        } catch {
            fail("--serve: \(error)", exitCode: 1)
        }
    }

    var url: String { "http://\(Self.host):\(server.port)" }

    /// What the status line says at start.
    var statusMessage: StatusMessage { StatusMessage("serving the ECS API on \(url)") }

    /// Wraps `controlPlane` in the lock, serves it (refusing changes when `readOnly`) and returns the
    /// locked control plane for the dashboard to use: every call holds the lock for that call alone.
    func start(serving controlPlane: any ControlPlane, readOnly: Bool) -> LockedControlPlane {
        let locked = LockedControlPlane(controlPlane)
        slot.set(ECSEndpoint(router: ECSRequestRouter(controlPlane: locked, readOnly: readOnly)))
        server.start()
        return locked
    }

    func stop() { server.stop() }

    /// The endpoint, set once by `start` before connections are accepted and read by the event loops.
    private final class EndpointSlot: @unchecked Sendable {
        private let lock = NSLock()
        private var endpoint: ECSEndpoint?

        func set(_ endpoint: ECSEndpoint) { lock.withLock { self.endpoint = endpoint } }

        func respond(to request: HTTPRequest) -> HTTPResponse {
            guard let endpoint = lock.withLock({ endpoint }) else { return HTTPResponse(status: 503, body: []) }
            return endpoint.respond(to: request)
        }
    }
}
