@testable import ECSAPI
import ECSModel
import Foundation
import Testing
import TestSupport

/// The HTTP layer on a real socket: keep-alive, pipelining, chunked and 100-continue uploads, and what is
/// not HTTP. Every bad input gets an AWS-shaped error the client reads before the connection closes, or
/// a close after a deadline, and the server answers the next client afterwards.
@Suite
struct HTTPServerTests {
    /// A server on a free loopback port that echoes the method, path, target and body it read.
    private func echoServer(host: String = "127.0.0.1", limits: HTTPServerLimits = HTTPServerLimits()) throws -> HTTPServer {
        let server = try HTTPServer(host: host, port: 0, limits: limits) { request in
            HTTPResponse(status: 200, body: Array("\(request.method) \(request.path) \(request.headers["x-amz-target"] ?? "-") ".utf8) + request.body)
        }
        server.start()
        return server
    }

    /// Small sizes and a short idle timeout, so that refusals and idle closes show quickly. The request
    /// deadline stays long: it also bounds how long a refused request's bytes are drained, and a busy
    /// machine must not cut a client off before it has sent them.
    private static let tightLimits = HTTPServerLimits(
        maximumHeaderBytes: 4 * 1024, maximumBodyBytes: 64 * 1024, idleTimeout: .seconds(2), requestDeadline: .seconds(20))

    private func exchange(port: Int, host: String = "127.0.0.1", _ text: String, responses: Int) throws -> String {
        let connection = try RawHTTPConnection(host: host, port: port)
        connection.send(text)
        connection.read(responses: responses)
        return connection.text
    }

    /// A plain request on a new connection is answered: whatever the last client did, the server goes on.
    private func expectAnswersNextClient(_ server: HTTPServer, host: String = "127.0.0.1") throws {
        let text = try exchange(port: server.port, host: host, "POST /next HTTP/1.1\r\nContent-Length: 4\r\n\r\nnext", responses: 1)
        #expect(text.hasPrefix("HTTP/1.1 200 ") && text.hasSuffix("POST /next - next"), "\(text)")
    }

    @Test func pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws {
        let server = try echoServer()
        defer { server.stop() }
        #expect(server.port > 0)
        let requests = (1...5).map { "POST /\($0) HTTP/1.1\r\nHost: x\r\nX-Amz-Target: A.B\r\nContent-Length: 6\r\n\r\nbody-\($0)" }
        let text = try exchange(port: server.port, requests.joined(), responses: 5)
        #expect(text.contains("Content-Length: 18\r\nConnection: keep-alive\r\n\r\nPOST /1 A.B body-1"), "\(text)")
        let order = (1...5).map { text.range(of: "POST /\($0) A.B body-\($0)")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(text)")
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        let server = try echoServer()
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        connection.send("POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}POST / HTTP/1.0\r\n\r\n")
        #expect(connection.readToEnd() == .closed)
        #expect(connection.text.contains("Connection: close"), "\(connection.text)")
        #expect(connection.text.components(separatedBy: "HTTP/1.1 200").count == 2, "one answer, then the connection closes: \(connection.text)")
    }

    @Test func aChunkedBodyArrivesWhole() throws {
        let server = try echoServer()
        defer { server.stop() }
        let text = try exchange(port: server.port, "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", responses: 1)
        #expect(text.hasPrefix("HTTP/1.1 200 ") && text.hasSuffix("POST /c - hello world"), "\(text)")
        try expectAnswersNextClient(server)
    }

    @Test func expectContinueIsAnsweredBeforeTheBodyIsSent() throws {
        let server = try echoServer()
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        connection.send("POST /u HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 6\r\n\r\n")
        #expect(connection.read(until: "HTTP/1.1 100 Continue\r\n\r\n"), "\(connection.text)")
        connection.send("upload")
        connection.read(responses: 1)
        #expect(connection.text.contains("HTTP/1.1 200 ") && connection.text.hasSuffix("POST /u - upload"), "\(connection.text)")
        try expectAnswersNextClient(server)
    }

    @Test(arguments: [
        "NOT HTTP\r\n\r\n",
        "POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n",
        "POST / HTTP/1.1\r\nbroken header\r\n\r\n",
        "POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x",
        "POST / HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ])
    func whatIsNotUsableHTTPGetsAJSONErrorBeforeTheClose(request: String) throws {
        let server = try echoServer()
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        connection.send(request)
        #expect(connection.readToEnd() == .closed)
        #expect(connection.text.hasPrefix("HTTP/1.1 400 "), "\(connection.text)")
        #expect(connection.text.contains("{\"__type\":\"SerializationException\",\"message\":"), "\(connection.text)")
        #expect(connection.text.contains("Connection: close"))
        try expectAnswersNextClient(server)
    }

    @Test func anOversizedHeaderIsRefusedWithAnErrorTheClientReads() throws {
        let server = try echoServer(limits: Self.tightLimits)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        // More than the limit, and more than the socket buffers hold: the server must read it to answer.
        connection.send("POST / HTTP/1.1\r\nX-Filler: \(String(repeating: "a", count: 512 * 1024))\r\nContent-Length: 2\r\n\r\n{}")
        #expect(connection.readToEnd() == .closed)
        #expect(connection.text.hasPrefix("HTTP/1.1 400 "), "\(connection.text.prefix(300))")
        #expect(connection.text.contains("\"message\":\"The request line and headers are too long.\""), "\(connection.text)")
        try expectAnswersNextClient(server)
    }

    @Test(arguments: [false, true])
    func anOversizedBodyIsRefusedWithAnErrorTheClientReads(chunked: Bool) throws {
        let server = try echoServer(limits: Self.tightLimits)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 1024 * 1024)
        if chunked {
            connection.send("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
            for _ in 0..<16 { connection.send(Array("10000\r\n".utf8) + body.prefix(0x10000) + Array("\r\n".utf8)) }
            connection.send("0\r\n\r\n")
        } else {
            // The whole body goes out before the client reads, as Python's http.client sends it.
            #expect(connection.send(Array("POST / HTTP/1.1\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body))
        }
        #expect(connection.readToEnd() == .closed)
        #expect(connection.text.hasPrefix("HTTP/1.1 413 "), "\(connection.text.prefix(300))")
        #expect(connection.text.contains("{\"__type\":\"RequestEntityTooLargeException\",\"message\":"), "\(connection.text)")
        try expectAnswersNextClient(server)
    }

    @Test func aClientDrippingItsRequestIsCutOffAtTheDeadline() throws {
        var limits = Self.tightLimits
        limits.requestDeadline = .milliseconds(800)
        let server = try echoServer(limits: limits)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        let start = Date()
        var ending = RawHTTPConnection.Ending.open
        // A byte every 100 ms: each arrives well within any idle timeout, the request never completes.
        for byte in "POST / HTTP/1.1\r\nX-Slow: \(String(repeating: "s", count: 200))".utf8 {
            guard connection.send([byte]) else { break }
            ending = connection.readToEnd(within: 0.1)
            if ending != .open { break }
        }
        let cutOff = Date().timeIntervalSince(start)
        #expect(ending != .open, "still open after \(cutOff) s")
        #expect(cutOff < 5, "cut off after \(cutOff) s; the deadline is 0.8 s")
        try expectAnswersNextClient(server)
    }

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() throws {
        let server = try echoServer(limits: Self.tightLimits)
        defer { server.stop() }
        let connection = try RawHTTPConnection(port: server.port)
        connection.send("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")
        connection.read(responses: 1)
        #expect(connection.text.hasPrefix("HTTP/1.1 200 "), "\(connection.text)")
        #expect(connection.readToEnd(within: 10) == .closed)
    }

    @Test func pythonsHTTPClientReadsTheRefusalOfAnOversizedBody() throws {
        let server = try echoServer(limits: Self.tightLimits)
        defer { server.stop() }
        let script = """
            import http.client, sys
            connection = http.client.HTTPConnection("127.0.0.1", \(server.port), timeout=10)
            connection.request("POST", "/", body=b"x" * (4 * 1024 * 1024), headers={"Content-Type": "application/x-amz-json-1.1"})
            response = connection.getresponse()
            print(response.status, response.read().decode())
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script]
        let output = Pipe(), errors = Pipe()
        python.standardOutput = output
        python.standardError = errors
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "\(errorText)")
        #expect(text.hasPrefix("413 {\"__type\":\"RequestEntityTooLargeException\""), "\(text) \(errorText)")
    }

    @Test func servesIPv6Loopback() throws {
        let server = try echoServer(host: "::1")
        defer { server.stop() }
        let text = try exchange(port: server.port, host: "::1", "POST /six HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", responses: 1)
        #expect(text.hasPrefix("HTTP/1.1 200 ") && text.hasSuffix("POST /six - {}"), "\(text)")
        #expect(throws: RawHTTPConnection.Failure.self) { try RawHTTPConnection(host: "127.0.0.1", port: server.port) }
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
