@testable import ECSAPI
import AWSWire
import ECSModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Limits as ECS has them: a task definition over 64 KiB is refused, and a large one within them is
/// read in time linear in its size (10,000 log options once took 44 s).
@Suite struct RequestLimitTests {
    let fixture = RouterFixture()

    private static func definition(logOptions count: Int, padding: Int = 0) -> String {
        let options = (0..<count).map { #""k\#($0)":"v\#($0)""# }.joined(separator: ",")
        let environment = padding > 0 ? #","environment":[{"name":"PAD","value":"\#(String(repeating: "x", count: padding))"}]"# : ""
        return #"""
            {"family":"wide","containerDefinitions":[{"name":"app","image":"nginx","memory":64\#(environment),
             "logConfiguration":{"logDriver":"awslogs","options":{\#(options)}}}]}
            """#
    }

    @Test func logOptionsUpToTheLimitAreRegisteredAndEchoed() throws {
        let count = 3_000
        let body = Self.definition(logOptions: count)
        #expect(body.utf8.count <= 65_536)
        let (status, json) = try fixture.call("RegisterTaskDefinition", body)
        #expect(status == 200, "\(json)")
        guard case .object(let options)? = json["taskDefinition"]?["containerDefinitions"]?[0]?["logConfiguration"]?["options"]
        else { Issue.record("no options: \(json)"); return }
        #expect(options.count == count)
    }

    /// 10,000 options do not fit in 64 KiB: ECS refuses them for their size, before reading them.
    @Test func tenThousandLogOptionsAreAnsweredWithTheSizeLimit() throws {
        let body = Self.definition(logOptions: 10_000)
        let (status, json) = try fixture.call("RegisterTaskDefinition", body)
        #expect(status == 400 && json["__type"] == .string("ClientException"), "\(json)")
        #expect(json["message"] == .string("Actual length: '\(body.utf8.count)'. Max allowed length is '65536' bytes."))
    }

    /// Behind the limit, reading options is linear: 10,000 of them read and map in one pass.
    @Test func tenThousandLogOptionsMapInOnePass() throws {
        let request = try RequestBody.decode(
            ECSShapes.RegisterTaskDefinitionRequest.self, from: Array(Self.definition(logOptions: 10_000).utf8))
        let definition = try TaskDefinition(request)
        #expect(definition.containerDefinitions[0].logConfiguration?.options.count == 10_000)
        #expect(definition.containerDefinitions[0].logConfiguration?.options["k9999"] == "v9999")
    }

    @Test func aOneMegabyteDefinitionIsRefusedAndNothingIsRegistered() throws {
        let body = Self.definition(logOptions: 1, padding: 1_000_000)
        let (status, json) = try fixture.call("RegisterTaskDefinition", body)
        #expect(status == 400 && json["__type"] == .string("ClientException"), "\(json)")
        #expect(fixture.controlPlane.snapshot().taskDefinitions.values.contains { $0.family == "wide" } == false)
    }

    /// The same two requests through the HTTP server, as a client sends them.
    @Test func overHTTPTheLimitsAnswerAndTheServerAnswersTheNextRequest() throws {
        let endpoint = ECSEndpoint(router: fixture.router)
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { endpoint.respond(to: $0) }
        server.start()
        defer { server.stop() }
        let huge = try Self.post(port: server.port, "RegisterTaskDefinition", Self.definition(logOptions: 1, padding: 1_000_000))
        #expect(huge.status == 400 && huge.body.contains("ClientException") && huge.body.contains("Max allowed length"), "\(huge.body)")
        let wide = try Self.post(port: server.port, "RegisterTaskDefinition", Self.definition(logOptions: 10_000))
        #expect(wide.status == 400 && wide.body.contains("Max allowed length"), "\(wide.body)")
        let fits = try Self.post(port: server.port, "RegisterTaskDefinition", Self.definition(logOptions: 3_000))
        #expect(fits.status == 200 && fits.body.contains("\"k2999\":\"v2999\""), "\(fits.body.prefix(300))")
    }

    /// One request on its own connection; the answer read up to its Content-Length.
    private static func post(port: Int, _ operation: String, _ body: String) throws -> (status: Int, body: String) {
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
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let payload = Array(body.utf8)
        let head = "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: \(ECSRequestRouter.targetPrefix)\(operation)\r\n"
            + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: \(payload.count)\r\n\r\n"
        let request = Array(head.utf8) + payload
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            try #require(count > 0)
            sent += count
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let text = String(decoding: received, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n") {
                let headers = text[..<end.lowerBound].lowercased()
                if let line = headers.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                   let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
                   received.count - text[..<end.upperBound].utf8.count >= length {
                    let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
                    return (status, String(text[end.upperBound...]))
                }
            }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += chunk[..<count]
        }
        Issue.record("no complete answer: \(String(decoding: received.prefix(300), as: UTF8.self))")
        return (0, "")
    }
}
