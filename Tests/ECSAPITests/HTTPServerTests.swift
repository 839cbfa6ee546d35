@testable import ECSAPI
import ECSModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The HTTP layer on a real socket: keep-alive, Content-Length bodies, and what is not HTTP.
@Suite
struct HTTPServerTests {
    /// A server on a free loopback port that echoes the method, path and body it read.
    private func echoServer() throws -> HTTPServer {
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { request in
            HTTPResponse(status: 200, body: Array("\(request.method) \(request.path) \(request.headers["x-amz-target"] ?? "-") ".utf8) + request.body)
        }
        server.start()
        return server
    }

    /// Connects, writes `text`, and reads until the server closes or `responses` responses arrived.
    private func exchange(port: Int, _ text: String, responses: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while String(decoding: received, as: UTF8.self).components(separatedBy: "HTTP/1.1 ").count - 1 < responses {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[..<count]
        }
        // The last body may follow its head in a later packet.
        usleep(50_000)
        let more = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if more > 0 { received += chunk[..<more] }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func twoRequestsOnOneKeepAliveConnection() throws {
        let server = try echoServer()
        defer { server.stop() }
        #expect(server.port > 0)
        let text = try exchange(port: server.port, """
            POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: A.B\r\nContent-Length: 5\r\n\r\nfirstPOST /two HTTP/1.1\r\nContent-Length: 6\r\n\r\nsecond
            """, responses: 2)
        #expect(text.contains("Content-Length: 16\r\nConnection: keep-alive\r\n\r\nPOST / A.B first"), "\(text)")
        #expect(text.contains("POST /two - second"), "\(text)")
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        let server = try echoServer()
        defer { server.stop() }
        let text = try exchange(port: server.port, "POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}POST / HTTP/1.0\r\n\r\n", responses: 2)
        #expect(text.contains("Connection: close"), "\(text)")
        #expect(text.components(separatedBy: "HTTP/1.1 200").count == 2, "one answer, then the connection closes: \(text)")
    }

    @Test(arguments: ["NOT HTTP\r\n\r\n", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
                      "POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n", "POST / HTTP/1.1\r\nbroken header\r\n\r\n"])
    func whatIsNotUsableHTTPGetsAJSONError(request: String) throws {
        let server = try echoServer()
        defer { server.stop() }
        let text = try exchange(port: server.port, request, responses: 1)
        #expect(text.hasPrefix("HTTP/1.1 400 "), "\(text)")
        #expect(text.contains("{\"__type\":\"SerializationException\""), "\(text)")
        #expect(text.contains("Connection: close"))
    }

    @Test func aPortInUseIsAnError() throws {
        let server = try echoServer()
        defer { server.stop() }
        #expect(throws: HTTPServer.StartFailure.self) {
            try HTTPServer(host: "127.0.0.1", port: server.port) { _ in HTTPResponse(status: 200, body: []) }
        }
    }

    @Test func theEndpointAsksTheAuthenticatorFirst() throws {
        struct Refusing: RequestAuthenticator {
            func authenticate(method: String, path: String, headers: [String: String], body: [UInt8]) -> ECSError? {
                headers["authorization"] == nil ? ECSError("MissingAuthenticationTokenException", "Missing Authentication Token") : nil
            }
        }
        let endpoint = ECSEndpoint(router: RouterFixture().router, authenticator: Refusing())
        let target = ["x-amz-target": ECSRequestRouter.targetPrefix + "ListClusters"]
        let refused = endpoint.respond(to: HTTPRequest(method: "POST", path: "/", headers: target, body: Array("{}".utf8)))
        #expect(refused.status == 400)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("MissingAuthenticationTokenException"))
        var signed = target
        signed["authorization"] = "AWS4-HMAC-SHA256 …"
        let answered = endpoint.respond(to: HTTPRequest(method: "POST", path: "/", headers: signed, body: Array("{}".utf8)))
        #expect(answered.status == 200)
        #expect(answered.headers.contains { $0.0 == "Content-Type" && $0.1 == "application/x-amz-json-1.1" })
    }
}
