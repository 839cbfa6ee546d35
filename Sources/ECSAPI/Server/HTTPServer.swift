import ECSModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on POSIX sockets: keep-alive, Content-Length bodies, one thread per
/// connection. Enough for the AWS CLI, boto3 and SDKs on a loopback interface, with no dependency.
public final class HTTPServer: Sendable {
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port bound, the one the system chose when asked for 0.
    public let port: Int
    private let listener: Int32
    private let handler: Handler

    static let maximumHeaderBytes = 64 * 1024
    static let maximumBodyBytes = 16 * 1024 * 1024

    /// Binds and listens at once, so that a port in use is an error here, before anything is served.
    public init(host: String, port: Int, handler: @escaping Handler) throws(StartFailure) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw StartFailure(description: "cannot open a socket: \(Self.lastError())") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(descriptor)
            throw StartFailure(description: "\(host) is not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = errno == EADDRINUSE ? "port \(port) on \(host) is already in use" : "cannot bind \(host):\(port): \(Self.lastError())"
            close(descriptor)
            throw StartFailure(description: reason)
        }
        guard listen(descriptor, 128) == 0 else {
            close(descriptor)
            throw StartFailure(description: "cannot listen on \(host):\(port): \(Self.lastError())")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        self.listener = descriptor
        self.handler = handler
    }

    /// Accepts connections on a thread of its own until `stop()`.
    public func start() {
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops accepting; connections already open finish their current request.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return  // the listener was closed
            }
            // An idle keep-alive connection gives up its thread after a minute.
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var reader = HTTPConnectionReader(socket: connection)
        while true {
            let request: HTTPRequest
            switch reader.nextRequest() {
            case .request(let next): request = next
            case .closed: return
            case .malformed(let status, let message):
                let body = "{\"__type\":\"SerializationException\",\"message\":\(JSONValue.quoted(message))}"
                send(HTTPResponse(status: status, headers: [("Content-Type", "application/x-amz-json-1.1")],
                                  body: Array(body.utf8)), keepAlive: false, to: connection)
                return
            }
            let keepAlive = request.keepsAlive
            guard send(handler(request), keepAlive: keepAlive, to: connection), keepAlive else { return }
        }
    }

    @discardableResult
    private func send(_ response: HTTPResponse, keepAlive: Bool, to connection: Int32) -> Bool {
        let bytes = response.serialized(keepAlive: keepAlive)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Self.write($0, to: connection) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to connection: Int32) -> Int {
        #if canImport(Glibc)
        // A client gone away is an error here, not a SIGPIPE that ends the process.
        Glibc.send(connection, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
        #else
        Darwin.send(connection, buffer.baseAddress, buffer.count, 0)
        #endif
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
