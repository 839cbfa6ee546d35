import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client on one POSIX socket to 127.0.0.1, for measuring servers rather than
/// itself: it keeps the connection open between requests, and opens a new one only when the server
/// closes it (as moto's server, on Werkzeug, does after every response).
final class KeepAliveHTTPClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Response {
        var status: Int
        var body: [UInt8]
    }

    private let port: Int
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    /// Connections opened so far: 1 for a server that keeps them alive.
    private(set) var connections = 0

    init(port: Int) { self.port = port }

    deinit { disconnect() }

    /// POSTs `body` to `/` and reads the whole response.
    func post(headers: [(String, String)], body: [UInt8]) throws(Failure) -> Response {
        if socket < 0 { try connect() }
        var head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        try send(Array(head.utf8) + body)
        return try readResponse()
    }

    private func connect() throws(Failure) {
        #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        // Small requests and responses: without this, Nagle and delayed ACKs add 40 ms to some calls.
        var yes: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            disconnect()
            throw Failure(description: "connect to 127.0.0.1:\(port): \(reason)")
        }
        buffer.removeAll(keepingCapacity: true)
        connections += 1
    }

    private func disconnect() {
        if socket >= 0 { close(socket) }
        socket = -1
    }

    private func send(_ bytes: [UInt8]) throws(Failure) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.send(socket, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(socket, buffer.baseAddress, buffer.count, 0)
                #endif
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                disconnect()
                throw Failure(description: "send: \(String(cString: strerror(errno)))")
            }
            sent += count
        }
    }

    /// Reads more of the stream; false at its end.
    private func fill() throws(Failure) -> Bool {
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Failure(description: "recv: \(String(cString: strerror(errno)))") }
            if count == 0 { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }

    /// Reads until `count` bytes are buffered.
    private func fill(to count: Int) throws(Failure) {
        while buffer.count < count {
            guard try fill() else { throw Failure(description: "the server closed the connection mid-response") }
        }
    }

    /// Index just past the next CRLF at or after `start`, reading as needed.
    private func lineEnd(from start: Int, terminator: [UInt8]) throws(Failure) -> Int {
        var searchFrom = start
        while true {
            if buffer.count >= terminator.count {
                var index = searchFrom
                while index + terminator.count <= buffer.count {
                    if buffer[index] == terminator[0], buffer[index..<index + terminator.count].elementsEqual(terminator) {
                        return index + terminator.count
                    }
                    index += 1
                }
                searchFrom = max(start, buffer.count - terminator.count + 1)
            }
            guard try fill() else { throw Failure(description: "the server closed the connection before a whole response") }
        }
    }

    private func readResponse() throws(Failure) -> Response {
        let headEnd = try lineEnd(from: 0, terminator: [13, 10, 13, 10])
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else {
            throw Failure(description: "not an HTTP status line: \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        var consumed = headEnd
        var closes = headers["connection"]?.lowercased() == "close"
        if let length = headers["content-length"].flatMap({ Int($0) }) {
            try fill(to: headEnd + length)
            body = Array(buffer[headEnd..<headEnd + length])
            consumed = headEnd + length
        } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while true {
                let sizeEnd = try lineEnd(from: consumed, terminator: [13, 10])
                let sizeText = String(decoding: buffer[consumed..<sizeEnd - 2], as: UTF8.self)
                guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else {
                    throw Failure(description: "bad chunk size: \(sizeText)")
                }
                try fill(to: sizeEnd + size + 2)
                body += buffer[sizeEnd..<sizeEnd + size]
                consumed = sizeEnd + size + 2
                if size == 0 { break }
            }
        } else {
            while try fill() {}  // the body runs to the end of the stream
            body = Array(buffer[headEnd...])
            consumed = buffer.count
            closes = true
        }
        buffer.removeFirst(consumed)
        if closes { disconnect() }
        return Response(status: status, body: body)
    }
}
