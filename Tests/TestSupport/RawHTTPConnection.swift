import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client on a bare TCP socket, for sending the server what no HTTP library would: pipelined, dripped,
/// oversized or malformed requests. Every wait polls the socket until a deadline; nothing sleeps a fixed time.
public final class RawHTTPConnection {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// How the server left the connection.
    public enum Ending: Equatable, Sendable {
        /// A FIN after everything it sent: what a client reads its answer before.
        case closed
        /// A reset, which clients report instead of what came before it.
        case reset
        /// Still open at the deadline.
        case open
    }

    private let socket: Int32
    public private(set) var received: [UInt8] = []

    public var text: String { String(decoding: received, as: UTF8.self) }

    public init(host: String = "127.0.0.1", port: Int) throws {
        let family = host.contains(":") ? AF_INET6 : AF_INET
        socket = Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        let connected: Int32
        if family == AF_INET6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw Failure(description: "connect to \(host):\(port): \(reason)")
        }
    }

    deinit { close(socket) }

    /// Sends all of `bytes`; false once the server has closed or reset the connection.
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Reads until `responses` whole final responses (1xx do not count) have arrived, the connection
    /// ends or the deadline passes.
    public func read(responses: Int, within seconds: Double = 10) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Self.completeResponses(in: received) < responses, Date() < deadline {
            if readSome(until: deadline) != nil { return }
        }
    }

    /// Reads until the server ends the connection or the deadline passes, and says how it ended.
    public func readToEnd(within seconds: Double = 10) -> Ending {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            if let ending = readSome(until: deadline) { return ending }
        }
        return .open
    }

    /// Reads until `text` has arrived (true) or the connection ends or the deadline passes (false).
    public func read(until text: String, within seconds: Double = 10) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !self.text.contains(text), Date() < deadline {
            if readSome(until: deadline) != nil { break }
        }
        return self.text.contains(text)
    }

    /// One poll and at most one read: nil while the connection is open.
    private func readSome(until deadline: Date) -> Ending? {
        let milliseconds = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, min(milliseconds, 100)) > 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            received += chunk[..<count]
            return nil
        }
        if count < 0 && errno == EINTR { return nil }
        return count == 0 ? .closed : .reset
    }

    /// Final responses complete in `bytes`: heads followed by their Content-Length of body.
    public static func completeResponses(in bytes: [UInt8]) -> Int {
        var count = 0
        var start = 0
        let separator: [UInt8] = [13, 10, 13, 10]
        while let end = firstRange(of: separator, in: bytes, from: start) {
            let head = String(decoding: bytes[start..<end], as: UTF8.self)
            let length = head.split(separator: "\r\n")
                .first { $0.lowercased().hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            guard end + 4 + length <= bytes.count else { break }
            if !head.hasPrefix("HTTP/1.1 1") { count += 1 }
            start = end + 4 + length
        }
        return count
    }

    private static func firstRange(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= start + pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
        }
        return nil
    }
}
